import ArgumentParser
import Diagnostics
import Foundation
import Reporting
import Validation
import WordExchange

/// `rme plantilla-word [--region R] [--salida ARCHIVO.docx]`: the Word template regions fill in, made from the schema.
struct WordTemplateCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plantilla-word",
            abstract: HelpText.t(
                "Escribe la plantilla de Word (.docx) de una experiencia, con cada dato y cada sección del esquema.",
                "Writes the Word template (.docx) of an experience, with every field and section of the schema."
            ),
            discussion: HelpText.t(
                """
                La plantilla trae un título, la tabla de datos (qué escribir, los valores posibles, un \
                ejemplo) y un título por sección con su guía, con los estilos de Word (Título 1, viñetas). \
                Cada «Escriba aquí …» es una guía por reemplazar, como en rme new. La región la completa y \
                la devuelve; rme importar la lee.

                Con --region la fila de la región ya va escrita y el archivo se llama <región>.docx. Con \
                <contenido>/../Templates/word/referencia.docx (o --referencia) los estilos salen de ese \
                documento. Nunca reemplaza un archivo existente.

                Ejemplos:
                  rme plantilla-word --region tarapaca
                  rme plantilla-word --salida plantilla-experiencia.docx
                """,
                """
                The template has a title, the data table (what to write, the allowed values, an example) \
                and a heading per section with its guide, in Word's styles (Heading 1, bullets). Each \
                «Escriba aquí …» is a guide to replace, as in rme new. The region fills it in and sends it \
                back; rme importar reads it.

                With --region the region's row is filled in and the file is named <region>.docx. With \
                <content>/../Templates/word/referencia.docx (or --referencia) the styles come from that \
                document. It never replaces an existing file.

                Examples:
                  rme plantilla-word --region tarapaca
                  rme plantilla-word --salida plantilla-experiencia.docx
                """
            )
        )
    }

    @Option(name: .customLong("region"), help: ArgumentHelp(
        HelpText.t("Deja escrita esta región.", "Fill in this region."), valueName: "región"))
    var region: String?

    @Option(name: .customLong("red"), help: ArgumentHelp(
        HelpText.t("Deja escrito el nombre de la red.", "Fill in the network's name."), valueName: "nombre"))
    var network: String?

    @Option(name: .customLong("salida"), help: ArgumentHelp(
        HelpText.t("El archivo a escribir (por omisión <región>.docx o plantilla-experiencia.docx).",
                   "The file to write (by default <region>.docx or plantilla-experiencia.docx)."),
        valueName: "archivo.docx"))
    var output: String?

    @Option(name: .customLong("referencia"), help: ArgumentHelp(
        HelpText.t("Un .docx cuyos estilos usar.", "A .docx whose styles to use."), valueName: "archivo.docx"))
    var reference: String?

    @OptionGroup var content: ContentOptions

    @OptionGroup var languageOption: LanguageOption

    /// The project's reference document for the template's styles, when it has one.
    static let projectReference = "Templates/word/referencia.docx"

    func execute(in context: CLIContext) async throws -> Int32 {
        guard let schema = try content.schema(in: context) else { return ExitStatus.contentErrors }
        let spec: RegionSpec? = try region.map { name throws(CommandFailure) in
            guard let spec = schema.region(matching: name) else {
                let guess = schema.regionSuggestion(for: name)
                throw CommandFailure(message: LocalizedText(
                    es: "rme: no se reconoce la región «\(name)».\(guess.map { " ¿Quiso decir «\($0)»?" } ?? "")",
                    en: "rme: the region «\(name)» is not recognised.\(guess.map { " Did you mean «\($0)»?" } ?? "")"))
            }
            return spec
        }
        let path = output ?? (spec.map { $0.region.slug + ".docx" } ?? "plantilla-experiencia.docx")
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: ya existe «\(path)»; no se reemplazó. Bórrelo o elija otro nombre con --salida.",
                en: "rme: «\(path)» already exists; it was not replaced. Delete it or choose another name with --salida."))
        }
        guard let pandoc = Pandoc.locate(environment: context.environment) else { throw CommandFailure(refusal: .pandocMissing()) }
        let styles = try referenceDocument()
        do {
            let document = WordTemplate.document(
                schema: schema, region: spec, filled: network.map { ["red": $0] } ?? [:], apiVersion: try await pandoc.apiVersion())
            try await pandoc.writeDocx(document, to: path, reference: styles)
        } catch {
            throw CommandFailure(refusal: error)
        }
        context.stdout(context.text(
            "Se escribió \(path): la plantilla de Word de la experiencia\(spec.map { " de " + $0.region.name } ?? "").\n"
                + "Cuando la región la devuelva completa: rme importar \(path)\n",
            "Wrote \(path): the experience's Word template\(spec.map { " for " + $0.region.name } ?? "").\n"
                + "When the region sends it back filled in: rme importar \(path)\n"))
        return ExitStatus.success
    }

    /// `--referencia`, which must exist, or the project's reference document when there is one.
    private func referenceDocument() throws(CommandFailure) -> String? {
        if let reference {
            guard FileManager.default.fileExists(atPath: reference) else {
                throw CommandFailure(message: LocalizedText(
                    es: "rme: no existe el documento de referencia «\(reference)».",
                    en: "rme: the reference document «\(reference)» does not exist."))
            }
            return reference
        }
        let project = CheckTargets.join(CheckTargets.parent(of: CheckTargets.canonicalPath(content.contentRoot)), Self.projectReference)
        return FileManager.default.fileExists(atPath: project) ? project : nil
    }
}
