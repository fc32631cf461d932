import ArgumentParser
import Diagnostics
import Reporting
import Validation

/// `--contenido` and `--esquema`, for the commands that work on one content folder with its schema.
struct ContentOptions: ParsableArguments {
    @Option(name: .customLong("contenido"), help: ArgumentHelp(
        HelpText.t("La carpeta de contenido (por omisión, Content).", "The content folder (Content by default)."),
        valueName: "carpeta"))
    var contentRoot: String = CheckCommand.defaultPath

    @Option(name: .customLong("esquema"), help: ArgumentHelp(
        HelpText.t("Usa este esquema en vez de <contenido>/schema.yaml.", "Use this schema instead of <content>/schema.yaml."),
        valueName: "schema.yaml"))
    var schemaPath: String?

    /// The schema in force; `nil` after printing its errors (the command then exits with `contentErrors`).
    func schema(in context: CLIContext) throws(CommandFailure) -> Schema? {
        var schemas = try SchemaSelection(explicitPath: schemaPath)
        let schema = schemas.schema(forContentRoot: contentRoot)
        if schemas.diagnostics.containsErrors {
            DiagnosticPrinter.print(schemas.diagnostics, fileCount: 1, strict: false, in: context)
            return nil
        }
        return schema
    }
}
