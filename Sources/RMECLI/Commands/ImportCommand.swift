import ArgumentParser
import Content
import Diagnostics
import Foundation
import Reporting
import Validation
import WordExchange

/// `rme importar ARCHIVO.docx`: reads a region's Word file into an experience and checks it as `rme check` does.
struct ImportCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "importar",
            abstract: HelpText.t(
                "Lee el documento de Word (.docx u .odt) de una región, lo convierte en su experiencia y lo revisa.",
                "Reads a region's Word document (.docx or .odt), turns it into its experience and checks it."
            ),
            discussion: HelpText.t(
                """
                Lee la tabla de datos y las secciones de la plantilla (rme plantilla-word), con pandoc, y \
                revisa el resultado con todas las reglas de rme check. Cada problema dice la línea del .md y \
                el lugar en Word («sección «Objetivo», párrafo 2», «tabla de datos, fila «Año de inicio»»).

                Solo escribe el .md cuando se le pide: con --salida ARCHIVO.md (siempre, aunque tenga errores, \
                para corregirlo a mano; «--salida -» lo escribe en la salida estándar) o con --edicion ID, en \
                <contenido>/ID/experiencias/<región>.md, solo si no tiene errores y sin reemplazar una \
                experiencia distinta salvo con --reemplazar. Con --edicion se revisa también contra la edición \
                (una experiencia por región).

                Estado de salida: 0 sin errores, 1 hay errores, 2 el archivo no se pudo leer o un error de uso.

                Ejemplos:
                  rme importar tarapaca.docx
                  rme importar tarapaca.docx --edicion 2015-2017
                  rme importar tarapaca.docx --salida tarapaca.md
                """,
                """
                Reads the template's data table and sections (rme plantilla-word) through pandoc and checks \
                the result with every rule of rme check. Each problem names the .md line and the place in \
                Word («section «Objetivo», paragraph 2», «data table, row «Año de inicio»»).

                Writes the .md only when asked: with --salida FILE.md (always, even with errors, to fix by \
                hand; «--salida -» writes it on standard output) or with --edicion ID, into \
                <content>/ID/experiencias/<region>.md, only when it has no errors and never over a different \
                experience unless --reemplazar is given. With --edicion it is also checked against the \
                edition (one experience per region).

                Exit status: 0 no errors, 1 errors found, 2 the file could not be read or a usage error.

                Examples:
                  rme importar tarapaca.docx
                  rme importar tarapaca.docx --edicion 2015-2017
                  rme importar tarapaca.docx --salida tarapaca.md
                """
            )
        )
    }

    @Argument(help: ArgumentHelp(HelpText.t("El documento de Word (.docx) o LibreOffice (.odt).", "The Word (.docx) or LibreOffice (.odt) document."), valueName: "archivo"))
    var file: String

    @Option(name: .customLong("edicion"), help: ArgumentHelp(
        HelpText.t("Escribe la experiencia en esta edición (su identificador, p. ej. 2015-2017) si no tiene errores.",
                   "Write the experience into this edition (its id, e.g. 2015-2017) when it has no errors."),
        valueName: "id"))
    var edition: String?

    @Option(name: .customLong("salida"), help: ArgumentHelp(
        HelpText.t("Escribe el .md aquí (aunque tenga errores); «-» para la salida estándar.",
                   "Write the .md here (even with errors); «-» for standard output."),
        valueName: "archivo.md"))
    var output: String?

    @Flag(name: .customLong("reemplazar"), help: ArgumentHelp(HelpText.t(
        "Permite reemplazar un archivo existente distinto.", "Allow replacing a different existing file.")))
    var replace = false

    @OptionGroup var content: ContentOptions

    @Option(name: .customLong("format"), help: ArgumentHelp(
        HelpText.t("text: para personas; json: un arreglo JSON en la salida estándar, con el lugar en Word.",
                   "text: for people; json: one JSON array on standard output, with the place in Word."),
        valueName: "text|json"))
    var format: OutputFormat = .text

    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        guard let schema = try content.schema(in: context) else { return ExitStatus.contentErrors }
        let editionFolder = try edition.map(resolveEdition)
        if output == "-", format == .json {
            throw CommandFailure(message: LocalizedText(
                es: "rme: --salida - y --format json escriben ambos en la salida estándar; use uno.",
                en: "rme: --salida - and --format json both write on standard output; use one."))
        }

        let imported: ImportedExperience
        do {
            imported = try await WordImport.read(file, schema: schema, pandoc: Pandoc.locate(environment: context.environment))
        } catch {
            throw CommandFailure(refusal: error)
        }

        let markdownPath = try target(for: imported, schema: schema, edition: editionFolder)
        let input = InputFile(path: markdownPath, bytes: Array(imported.markdown.utf8))
        let settings = CheckSettings(schema: schema, currentYear: CurrentYear.now)
        var diagnostics: [Diagnostic]
        if let editionFolder {
            let check = try await Checker.check(editionFolder, with: input, settings: settings)
            diagnostics = check.diagnostics.filter { $0.file == markdownPath }
        } else {
            diagnostics = Checker.check(input, kind: .experience, settings: settings).diagnostics
        }
        diagnostics = Diagnostic.sortedForReport(diagnostics)
        let findings = WordImport.findings(imported, checked: diagnostics)
        let hasErrors = findings.contains { $0.diagnostic.severity == .error }

        let written = try write(imported.markdown, to: markdownPath, hasErrors: hasErrors, context: context)
        switch format {
        case .text: report(findings, markdownPath: markdownPath, markdown: imported.markdown, written: written, hasErrors: hasErrors, in: context)
        case .json: context.stdout(ImportJSON(context: context).render(findings))
        }
        return hasErrors ? ExitStatus.contentErrors : ExitStatus.success
    }

    /// The edition folder `--edicion` names under the content folder.
    private func resolveEdition(_ id: String) throws(CommandFailure) -> EditionFolder {
        let path = CheckTargets.join(content.contentRoot, id)
        guard let folder = EditionFolder.scan(path: path), CheckTargets.isEdition(path) else {
            let known = EditionFolder.editions(underContentRoot: content.contentRoot).map(\.id)
            throw CommandFailure(message: LocalizedText(
                es: "rme: no hay una edición «\(id)» en «\(content.contentRoot)»." + (known.isEmpty ? "" : " Ediciones: \(known.joined(separator: ", "))."),
                en: "rme: there is no edition «\(id)» in «\(content.contentRoot)»." + (known.isEmpty ? "" : " Editions: \(known.joined(separator: ", ")).")))
        }
        return folder
    }

    /// Where the `.md` goes: `--salida`, the region's file in the edition, or (written nowhere) beside the Word file.
    private func target(for imported: ImportedExperience, schema: Schema, edition: EditionFolder?) throws(CommandFailure) -> String {
        if let output, output != "-" { return output }
        if let edition {
            guard let region = imported.region(in: schema) else {
                throw CommandFailure(message: LocalizedText(
                    es: "rme: el documento no dice una región que se reconozca (fila «Región» de la tabla de datos); no se sabe dónde escribirlo en la edición.",
                    en: "rme: the document names no recognisable region (row «Región» of the data table); there is no telling where it goes in the edition."),
                    status: ExitStatus.contentErrors)
            }
            return CheckTargets.join(CheckTargets.join(edition.path, "experiencias"), region.region.slug + ".md")
        }
        // Beside the Word file, with its name (written nowhere: the name is for the diagnostics).
        let name = PathText.lastComponent(of: file)
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        return output == "-" ? stem + ".md" : String(file.dropLast(name.count - stem.count)) + ".md"
    }

    /// Writes the `.md` when asked; returns whether it was written (or printed).
    private func write(_ markdown: String, to path: String, hasErrors: Bool, context: CLIContext) throws(CommandFailure) -> Bool {
        if output == "-" {
            context.stdout(markdown)
            return true
        }
        guard output != nil || edition != nil else { return false }
        if edition != nil, output == nil, hasErrors { return false }
        let existing = FileManager.default.contents(atPath: path)
        if let existing, existing == Data(markdown.utf8) { return true }
        if existing != nil, !replace {
            throw CommandFailure(message: LocalizedText(
                es: "rme: ya existe «\(path)» con otro texto; no se reemplazó. Use --reemplazar para reemplazarlo, o --salida para escribir en otro archivo.",
                en: "rme: «\(path)» exists with other text; it was not replaced. Use --reemplazar to replace it, or --salida to write elsewhere."),
                status: ExitStatus.contentErrors)
        }
        do {
            try FileManager.default.createDirectory(atPath: CheckTargets.parent(of: path), withIntermediateDirectories: true)
            // Atomic: a reader (rme serve, a build) sees the old file or the new one, never half of it.
            try Data(markdown.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se pudo escribir «\(path)»: \(error.localizedDescription)",
                en: "rme: could not write «\(path)»: \(error.localizedDescription)"))
        }
        return true
    }

    /// Every finding with its place in Word, the summary, and what was written.
    private func report(
        _ findings: [ImportFinding], markdownPath: String, markdown: String, written: Bool, hasErrors: Bool, in context: CLIContext
    ) {
        let printer = DiagnosticPrinter(language: context.language, usesColor: context.usesColor,
                                        texts: [markdownPath: Array(markdown.utf8)])
        var text = ""
        for finding in findings {
            let remark = finding.place.map { (label: LocalizedText(es: "en Word", en: "in Word"), text: $0.description) }
            text += printer.render(finding.diagnostic, remark: remark) + "\n"
        }
        let errors = findings.filter { $0.diagnostic.severity == .error }.count
        text += DiagnosticSummary.line(errors: errors, warnings: findings.count - errors, files: 1, language: context.language) + "\n"
        if written, output != "-" {
            text += context.text("Se escribió \(markdownPath).\n", "Wrote \(markdownPath).\n")
        } else if output == "-" {
            // The .md went to standard output; nothing more to say.
        } else if edition != nil, hasErrors {
            text += context.text(
                "No se escribió en la edición: corrija los errores en el documento de Word y vuelva a importarlo (o use --salida para obtener el .md y corregirlo a mano).\n",
                "Nothing was written into the edition: fix the errors in the Word document and import it again (or use --salida to get the .md and fix it by hand).\n")
        } else {
            text += context.text(
                "No se escribió ningún archivo: use --edicion ID para ponerlo en la edición, o --salida ARCHIVO.md.\n",
                "No file was written: use --edicion ID to put it into the edition, or --salida FILE.md.\n")
        }
        context.stderr(text)
    }
}
