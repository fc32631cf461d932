import Reporting
import ArgumentParser
import Diagnostics
import Foundation
import Validation

/// `rme check [RUTA ...]`: checks experiences against the schema and reports every problem of every file.
struct CheckCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: HelpText.t(
                "Revisa las experiencias contra el esquema e informa cada problema con su línea y columna.",
                "Checks the experiences against the schema and reports every problem with its line and column."
            ),
            discussion: HelpText.t(
                """
                RUTA puede ser una carpeta de edición (Content/2015-2017), la carpeta de contenido \
                (Content: todas sus ediciones) o archivos .md sueltos. Sin RUTA se revisa Content.

                El esquema es Content/schema.yaml (junto a las ediciones), el de --esquema, o el \
                incorporado cuando no hay archivo. Los problemas del propio esquema también se informan.

                Estado de salida: 0 sin errores (puede haber advertencias), 1 hay errores \
                (o advertencias con --strict), 2 error de uso o de lectura (una ruta que no existe).

                Ejemplos:
                  rme check Content/2015-2017
                  rme check Content/2015-2017/experiencias/tarapaca.md --lang en
                  rme check --format json > diagnosticos.json
                """,
                """
                RUTA may be an edition folder (Content/2015-2017), the content folder \
                (Content: every edition in it) or loose .md files. Without RUTA, Content is checked.

                The schema is Content/schema.yaml (beside the editions), the one given with --esquema, \
                or the built-in one when there is no file. Problems of the schema itself are reported too.

                Exit status: 0 no errors (there may be warnings), 1 errors found \
                (or warnings under --strict), 2 usage or read failure (a path that does not exist).

                Examples:
                  rme check Content/2015-2017
                  rme check Content/2015-2017/experiencias/tarapaca.md --lang en
                  rme check --format json > diagnostics.json
                """
            )
        )
    }

    @Argument(help: ArgumentHelp(
        HelpText.t("Carpetas de edición, la carpeta Content o archivos .md.", "Edition folders, the Content folder or .md files."),
        valueName: "ruta"
    ))
    var paths: [String] = []

    @Option(name: .customLong("format"), help: ArgumentHelp(
        HelpText.t(
            "text: para personas, en la salida de errores; json: un arreglo JSON en la salida estándar, para herramientas.",
            "text: for people, on standard error; json: one JSON array on standard output, for tools."
        ),
        valueName: "text|json"
    ))
    var format: OutputFormat = .text

    @Flag(name: .customLong("strict"), help: ArgumentHelp(HelpText.t(
        "Trata las advertencias como errores (en lo que se muestra y en el estado de salida).",
        "Treat warnings as errors (in what is shown and in the exit status)."
    )))
    var strict = false

    @Option(name: .customLong("esquema"), help: ArgumentHelp(
        HelpText.t("Usa este esquema en vez de Content/schema.yaml.", "Use this schema instead of Content/schema.yaml."),
        valueName: "schema.yaml"
    ))
    var schemaPath: String?

    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        let targets = try CheckTargets.resolve(paths.isEmpty ? [Self.defaultPath] : paths)
        var schemas = try SchemaSelection(explicitPath: schemaPath)
        let year = CurrentYear.now

        var diagnostics: [Diagnostic] = []
        for edition in targets.editions {
            let settings = CheckSettings(schema: schemas.schema(forContentRoot: edition.contentRoot), currentYear: year)
            diagnostics += try await Checker.check(edition.folder, settings: settings).diagnostics
        }
        // Loose files sharing a content root share one schema and one parallel run.
        var roots: [String?] = []
        for file in targets.files where !roots.contains(file.contentRoot) { roots.append(file.contentRoot) }
        for root in roots {
            let paths = targets.files.filter { $0.contentRoot == root }.map(\.path)
            let settings = CheckSettings(schema: schemas.schema(forContentRoot: root), currentYear: year)
            diagnostics += try await Checker.check(files: paths, settings: settings)
        }
        diagnostics = Diagnostic.sortedForReport(schemas.diagnostics + diagnostics)

        switch format {
        case .text: DiagnosticPrinter.print(diagnostics, fileCount: targets.fileCount, strict: strict, in: context)
        case .json: JSONPrinter(context: context).print(diagnostics, strict: strict)
        }
        return ExitStatus.forDiagnostics(diagnostics, strict: strict)
    }

    /// Checked when no path is given: the content folder of the current directory.
    static let defaultPath = "Content"
}
