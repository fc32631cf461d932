import Reporting
import ArgumentParser
import Content
import Diagnostics
import Foundation
import Validation

/// `rme new <región>`: writes a skeleton experience file for a region, never over an existing one.
struct NewCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "new",
            abstract: HelpText.t(
                "Crea el archivo de una experiencia nueva con cada clave y cada sección, y una guía en cada una.",
                "Creates a new experience file with every key and every section, each holding a guide."
            ),
            discussion: HelpText.t(
                """
                Escribe <edición>/experiencias/<región>.md. Cada «Escriba aquí …» es una guía que hay \
                que reemplazar: rme check la informa como error hasta que se complete, para que un \
                esqueleto no se envíe por descuido. Nunca sobrescribe un archivo existente.

                La región se reconoce sin tildes ni mayúsculas y en sus formas cortas (tarapaca, rm, \
                ohiggins). --edicion es el identificador de la edición (2018-2019), como en los demás \
                comandos; sin --edicion se usa la más reciente de Content.

                Ejemplo:
                  rme new tarapaca --red "Red de Educación Media Técnico Profesional"
                """,
                """
                Writes <edition>/experiencias/<region>.md. Each «Escriba aquí …» is a guide to replace: \
                rme check reports it as an error until it is filled in, so a skeleton is never sent by \
                mistake. It never overwrites an existing file.

                The region is recognised without accents or capitals and in its short forms (tarapaca, \
                rm, ohiggins). --edicion is the edition's id (2018-2019), as in the other commands; without \
                --edicion, the newest edition under Content is used.

                Example:
                  rme new tarapaca --red "Red de Educación Media Técnico Profesional"
                """
            )
        )
    }

    @Argument(help: ArgumentHelp(HelpText.t("La región de la experiencia.", "The experience's region."), valueName: "región"))
    var region: String

    @Option(name: .customLong("red"), help: ArgumentHelp(
        HelpText.t("Nombre de la red, para dejarlo ya escrito.", "The network's name, written in already."),
        valueName: "nombre"
    ))
    var network: String?

    @Option(name: .customLong("edicion"), help: ArgumentHelp(
        HelpText.t("La edición: su identificador (2018-2019, bajo --contenido) o su carpeta; por omisión, la más reciente.",
                   "The edition: its id (2018-2019, under --contenido) or its folder; by default, the newest."),
        valueName: "id"
    ))
    var editionPath: String?

    @Option(name: .customLong("contenido"), help: ArgumentHelp(
        HelpText.t("La carpeta de contenido (por omisión, Content).", "The content folder (Content by default)."),
        valueName: "carpeta"))
    var contentRoot: String = CheckCommand.defaultPath

    @Option(name: .customLong("esquema"), help: ArgumentHelp(
        HelpText.t("Usa este esquema en vez de Content/schema.yaml.", "Use this schema instead of Content/schema.yaml."),
        valueName: "schema.yaml"
    ))
    var schemaPath: String?

    @OptionGroup var languageOption: LanguageOption

    /// The front-matter key `--red` fills.
    static let networkKey = "red"

    func execute(in context: CLIContext) throws -> Int32 {
        let edition = try editionFolder()
        var schemas = try SchemaSelection(explicitPath: schemaPath)
        let schema = schemas.schema(forContentRoot: CheckTargets.parent(of: edition))
        if schemas.diagnostics.containsErrors {
            DiagnosticPrinter.print(schemas.diagnostics, fileCount: 1, strict: false, in: context)
            return ExitStatus.contentErrors
        }
        guard let spec = schema.region(matching: region) else { throw unknownRegion(in: schema) }
        if network != nil, schema.field(Self.networkKey) == nil {
            throw CommandFailure(message: LocalizedText(
                es: "rme: el esquema no tiene la clave «\(Self.networkKey)»; no use --red.",
                en: "rme: the schema has no «\(Self.networkKey)» key; do not use --red."
            ))
        }

        let folder = CheckTargets.join(edition, "experiencias")
        let path = CheckTargets.join(folder, spec.region.slug + ".md")
        let skeleton = ExperienceSkeleton(schema: schema, region: spec, network: network)
        try ExclusiveFile.create(path, folder: folder, contents: skeleton.text)

        context.stdout(context.text(
            "Se creó \(path) con \(skeleton.guideCount) guías «Escriba aquí …» por reemplazar.\nRevíselo con: rme check \(path)\n",
            "Created \(path) with \(skeleton.guideCount) «Escriba aquí …» guides to replace.\nCheck it with: rme check \(path)\n"
        ))
        return ExitStatus.success
    }

    /// `--edicion`, an id under the content folder (as in every command) or an existing edition folder, or the
    /// newest edition under the content folder.
    private func editionFolder() throws(CommandFailure) -> String {
        if let editionPath {
            let byID = CheckTargets.join(contentRoot, editionPath)
            for candidate in [byID, editionPath] {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue { return candidate }
            }
            let known = EditionFolder.editions(underContentRoot: contentRoot).map(\.id)
            let list = known.isEmpty ? "" : " Ediciones: \(known.joined(separator: ", "))."
            let listEN = known.isEmpty ? "" : " Editions: \(known.joined(separator: ", "))."
            throw CommandFailure(message: LocalizedText(
                es: "rme: no hay una edición «\(editionPath)» en «\(contentRoot)».\(list) Para una nueva, cree la carpeta \(byID) con su edition.yaml.",
                en: "rme: there is no edition «\(editionPath)» in «\(contentRoot)».\(listEN) For a new one, create the folder \(byID) with its edition.yaml."
            ))
        }
        guard let newest = EditionFolder.editions(underContentRoot: contentRoot).first else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no hay ediciones en «\(contentRoot)». Indique la edición con --edicion.",
                en: "rme: there are no editions in «\(contentRoot)». Give the edition with --edicion."
            ))
        }
        return newest.path
    }

    /// The refusal for a region the schema does not know, with the closest name and the whole list.
    private func unknownRegion(in schema: Schema) -> CommandFailure {
        let names = schema.regions.map(\.region.name).joined(separator: ", ")
        let suggestion = schema.regionSuggestion(for: region)
        let guessES = suggestion.map { " ¿Quiso decir «\($0)»?" } ?? ""
        let guessEN = suggestion.map { " Did you mean «\($0)»?" } ?? ""
        return CommandFailure(message: LocalizedText(
            es: "rme: no se reconoce la región «\(region)».\(guessES)\nRegiones: \(names).",
            en: "rme: the region «\(region)» is not recognised.\(guessEN)\nRegions: \(names)."
        ))
    }
}
