import ArgumentParser
import Content
import Diagnostics
import Foundation
import Validation

/// `rme nueva-edicion ID`: starts a new edition from the previous one, its per-edition data left as guides.
struct NewEditionCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "nueva-edicion",
            abstract: HelpText.t(
                "Crea una edición nueva a partir de la anterior: su edition.yaml, con los datos propios por completar, y sus páginas de presentación.",
                "Creates a new edition from the previous one: its edition.yaml, with the per-edition data to fill in, and its front pages."
            ),
            discussion: HelpText.t(
                """
                Escribe <contenido>/ID/edition.yaml con los datos de la edición anterior (la más reciente, o \
                la de --desde), salvo los que son de cada edición —período, mes y año de publicación, ISBN, \
                registro de propiedad intelectual, redes por año—, que quedan como guías «Escriba aquí …»: \
                rme check las informa como errores hasta que se completen. Copia las páginas de presentación \
                (paginas/) y crea experiencias/ vacía. Nunca escribe sobre una carpeta que ya existe.

                Ejemplos:
                  rme nueva-edicion 2018-2019
                  rme nueva-edicion 2020 --desde 2015-2017 --contenido /ruta/Content
                """,
                """
                Writes <content>/ID/edition.yaml with the previous edition's data (the newest, or the one of \
                --desde), except what belongs to each edition —period, month and year of publication, ISBN, \
                intellectual property registration, networks per year—, left as «Escriba aquí …» guides that \
                rme check reports as errors until they are filled in. Copies the front pages (paginas/) and \
                creates an empty experiencias/. It never writes over a folder that exists.

                Examples:
                  rme nueva-edicion 2018-2019
                  rme nueva-edicion 2020 --desde 2015-2017 --contenido /path/Content
                """
            ),
            aliases: ["nueva-edición", "new-edition"]
        )
    }

    @Argument(help: ArgumentHelp(HelpText.t("El identificador de la edición nueva (el nombre de su carpeta).",
                                            "The new edition's id (its folder's name)."), valueName: "id"))
    var id: String

    @Option(name: .customLong("desde"), help: ArgumentHelp(
        HelpText.t("La edición de la que partir (por omisión, la más reciente).", "The edition to start from (by default, the newest)."),
        valueName: "id"))
    var previousID: String?

    @Option(name: .customLong("contenido"), help: ArgumentHelp(
        HelpText.t("La carpeta de contenido (por omisión, Content).", "The content folder (Content by default)."),
        valueName: "carpeta"))
    var contentRoot: String = CheckCommand.defaultPath

    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        guard EditionID.isValid(id) else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: «\(id)» no sirve como identificador de edición: use letras sin tildes, cifras y guiones (por ejemplo 2018-2019).",
                en: "rme: «\(id)» is not usable as an edition id: use unaccented letters, digits and hyphens (for example 2018-2019)."))
        }
        let editions = EditionFolder.editions(underContentRoot: contentRoot)
        let target = CheckTargets.join(contentRoot, id)
        guard !FileManager.default.fileExists(atPath: target) else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: ya existe «\(target)»; rme nueva-edicion no escribe sobre una carpeta existente.",
                en: "rme: «\(target)» already exists; rme nueva-edicion never writes over an existing folder."))
        }
        let previous = try previousEdition(among: editions)
        guard let previousFile = previous.editionFile, let data = FileManager.default.contents(atPath: previousFile) else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: la edición «\(previous.id)» no tiene edition.yaml del que partir.",
                en: "rme: edition «\(previous.id)» has no edition.yaml to start from."))
        }
        let text: String
        do {
            text = try NewEditionFile.text(fromPrevious: String(decoding: data, as: UTF8.self), previousID: previous.id, id: id)
        } catch {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se pudo leer \(previousFile) (\(error.detail)); revíselo con rme check \(previous.path).",
                en: "rme: \(previousFile) could not be read (\(error.detail)); check it with rme check \(previous.path)."))
        }
        try write(text, pages: previous.pageFiles, into: target)
        context.stdout(context.text(
            """
            Se creó \(target) a partir de \(previous.id): edition.yaml (período, publicación, ISBN, registro y redes por año por completar) \
            y \(previous.pageFiles.count) páginas de presentación para revisar.
            Revíselo con: rme check \(target)
            Agregue las experiencias con: rme new <región> --edicion \(id)   o   rme importar ARCHIVO.docx --edicion \(id)

            """,
            """
            Created \(target) from \(previous.id): edition.yaml (period, publication, ISBN, registration and networks per year to fill in) \
            and \(previous.pageFiles.count) front pages to review.
            Check it with: rme check \(target)
            Add the experiences with: rme new <region> --edicion \(id)   or   rme importar FILE.docx --edicion \(id)

            """))
        return ExitStatus.success
    }

    /// `--desde`, or the newest edition with an `edition.yaml`.
    private func previousEdition(among editions: [EditionFolder]) throws(CommandFailure) -> EditionFolder {
        if let previousID {
            guard let found = editions.first(where: { $0.id == previousID }) else {
                throw CommandFailure(message: LocalizedText(
                    es: "rme: no hay una edición «\(previousID)» en «\(contentRoot)». Ediciones: \(editions.map(\.id).joined(separator: ", ")).",
                    en: "rme: there is no edition «\(previousID)» in «\(contentRoot)». Editions: \(editions.map(\.id).joined(separator: ", "))."))
            }
            return found
        }
        guard let newest = editions.first(where: { $0.editionFile != nil }) else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no hay ediciones con edition.yaml en «\(contentRoot)» de las que partir.",
                en: "rme: there are no editions with an edition.yaml in «\(contentRoot)» to start from."))
        }
        return newest
    }

    /// The new folder, written beside its final place and renamed into it, so a failure leaves nothing half made.
    private func write(_ editionText: String, pages: [String], into target: String) throws(CommandFailure) {
        let staging = CheckTargets.join(contentRoot, ".\(id).nueva-\(getpid())")
        do {
            try FileManager.default.createDirectory(atPath: staging + "/experiencias", withIntermediateDirectories: true)
            try Data(editionText.utf8).write(to: URL(fileURLWithPath: staging + "/edition.yaml"))
            if !pages.isEmpty {
                try FileManager.default.createDirectory(atPath: staging + "/paginas", withIntermediateDirectories: true)
                for page in pages {
                    try FileManager.default.copyItem(atPath: page, toPath: staging + "/paginas/" + (page as NSString).lastPathComponent)
                }
            }
            try FileManager.default.moveItem(atPath: staging, toPath: target)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se pudo crear «\(target)»: \(error.localizedDescription)",
                en: "rme: could not create «\(target)»: \(error.localizedDescription)"))
        }
    }
}
