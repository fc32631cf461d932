import Reporting
import ArgumentParser
import Diagnostics
import Validation

/// `rme schema`: the schema in words, or as a JSON Schema of the front matter for editors.
struct SchemaCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "schema",
            abstract: HelpText.t(
                "Muestra el esquema: qué lleva cada clave y cada sección, o un JSON Schema para editores.",
                "Shows the schema: what each key and section holds, or a JSON Schema for editors."
            ),
            discussion: HelpText.t(
                """
                Con --json-schema imprime un JSON Schema (draft 2020-12) del encabezado YAML, para que \
                un editor complete las claves y marque errores mientras se escribe. En VS Code, con la \
                extensión YAML de Red Hat:
                  rme schema --json-schema > experiencia.schema.json
                y, en la primera línea de un archivo .yaml con el encabezado:
                  # yaml-language-server: $schema=experiencia.schema.json
                (o asocie el esquema a los archivos con el ajuste "yaml.schemas"). Esa extensión aún \
                no revisa el encabezado dentro de un .md; rme check sigue siendo quien decide.
                """,
                """
                With --json-schema it prints a JSON Schema (draft 2020-12) of the YAML front matter, so \
                an editor completes keys and flags errors while typing. In VS Code, with Red Hat's YAML \
                extension:
                  rme schema --json-schema > experiencia.schema.json
                and, on the first line of a .yaml file holding the front matter:
                  # yaml-language-server: $schema=experiencia.schema.json
                (or map the schema to files with the "yaml.schemas" setting). That extension does not \
                yet look at front matter inside a .md file; rme check has the last word.
                """
            )
        )
    }

    @Flag(name: .customLong("json-schema"), help: ArgumentHelp(HelpText.t(
        "Imprime el JSON Schema del encabezado en la salida estándar.",
        "Print the front matter's JSON Schema on standard output."
    )))
    var jsonSchema = false

    @Option(name: .customLong("esquema"), help: ArgumentHelp(
        HelpText.t("Usa este esquema en vez de Content/schema.yaml.", "Use this schema instead of Content/schema.yaml."),
        valueName: "schema.yaml"
    ))
    var schemaPath: String?

    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) throws -> Int32 {
        var schemas = try SchemaSelection(explicitPath: schemaPath)
        let schema = schemas.schema(forContentRoot: CheckCommand.defaultPath)
        if schemas.diagnostics.containsErrors {
            DiagnosticPrinter.print(schemas.diagnostics, fileCount: 1, strict: false, in: context)
            return ExitStatus.contentErrors
        }
        let year = CurrentYear.now
        if jsonSchema {
            context.stdout(FrontMatterJSONSchema.build(schema, currentYear: year, language: context.language).pretty + "\n")
        } else {
            context.stdout(SchemaDescription.text(schema, currentYear: year, language: context.language))
        }
        return ExitStatus.success
    }
}
