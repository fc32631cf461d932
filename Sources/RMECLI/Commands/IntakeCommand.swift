import ArgumentParser
import Reporting
import Diagnostics
import Engine
import Foundation
import Intake
import Rendering
import Validation
import WordExchange

/// `rme recepcion`: the service where regions hand in their experience, and the editor's commands for its
/// invitations.
struct IntakeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "recepcion",
            abstract: HelpText.t(
                "Recepción: las regiones entregan su experiencia y ven qué corregir; la coordinación acepta.",
                "Intake: regions hand in their experience and see what to fix; the editor accepts."),
            discussion: HelpText.t(
                """
                Sin subcomando, inicia el servicio (igual que «rme recepcion servir»).

                Ejemplos:
                  rme recepcion Content --edicion 2026
                  rme recepcion invitar tarapaca
                  rme recepcion editor
                  rme recepcion listar
                """,
                """
                Without a subcommand, starts the service (as «rme recepcion servir»).

                Examples:
                  rme recepcion Content --edicion 2026
                  rme recepcion invitar tarapaca
                  rme recepcion editor
                  rme recepcion listar
                """),
            subcommands: [IntakeServeCommand.self, IntakeInviteCommand.self, IntakeEditorCommand.self, IntakeRevokeCommand.self, IntakeListCommand.self],
            defaultSubcommand: IntakeServeCommand.self)
    }
}

/// `--datos`, the service's data folder; beside the content folder unless given.
struct IntakeDataOption: ParsableArguments {
    @Option(name: .customLong("datos"), help: ArgumentHelp(
        HelpText.t("La carpeta de datos de la recepción (por omisión, .rme-recepcion junto al contenido).",
                   "The intake's data folder (by default, .rme-recepcion beside the content)."),
        valueName: "carpeta"))
    var folder: String?

    /// The folder for the content root `content`.
    func path(content: String) -> String {
        folder ?? CheckTargets.join(CheckTargets.parent(of: CheckTargets.canonicalPath(content)), ".rme-recepcion")
    }

    /// The store in the folder, created when absent.
    func store(content: String) throws(CommandFailure) -> IntakeStore {
        let path = path(content: content)
        do {
            return try IntakeStore(folder: path)
        } catch {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se pudo abrir la base de datos de la recepción en «\(path)»: \(error)",
                en: "rme: could not open the intake's database in «\(path)»: \(error)"))
        }
    }
}

/// `rme recepcion servir [CONTENIDO] --edicion ID`: the HTTP service.
struct IntakeServeCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "servir",
            abstract: HelpText.t("Inicia el servicio de recepción de una edición.", "Starts the intake service of an edition."),
            discussion: HelpText.t(
                """
                Escucha en http://127.0.0.1:\(IntakeService.defaultPort) (solo este equipo); para recibir desde las regiones, \
                póngalo detrás de un proxy inverso con HTTPS y dé su dirección con --url-publica (ver README). \
                Las versiones, sesiones y el registro quedan en la carpeta de datos (SQLite). «Aceptar» escribe \
                <contenido>/<edición>/experiencias/<región>.md. Ctrl-C lo detiene.
                """,
                """
                Listens on http://127.0.0.1:\(IntakeService.defaultPort) (this computer only); to receive from the regions, put \
                it behind a reverse proxy with HTTPS and give its address with --url-publica (see README). \
                Versions, sessions and the log live in the data folder (SQLite). «Aceptar» writes \
                <content>/<edition>/experiencias/<region>.md. Ctrl-C stops it.
                """))
    }

    @Argument(help: ArgumentHelp(HelpText.t("La carpeta de contenido.", "The content folder."), valueName: "contenido"))
    var content: String = CheckCommand.defaultPath

    @Option(name: .customLong("edicion"), help: ArgumentHelp(HelpText.t("La edición que se recibe (su carpeta).", "The edition collected (its folder)."), valueName: "id"))
    var edition: String

    @Option(name: .customLong("puerto"), help: ArgumentHelp(HelpText.t("El puerto (0 elige uno libre).", "The port (0 picks a free one)."), valueName: "n"))
    var port: UInt16 = IntakeService.defaultPort

    @Option(name: .customLong("host"), help: ArgumentHelp(HelpText.t("La dirección IP donde escuchar.", "The IP address to listen on."), valueName: "ip"))
    var host: String = "127.0.0.1"

    @Option(name: .customLong("url-publica"), help: ArgumentHelp(
        HelpText.t("La dirección que abren las regiones (https://…): la de los enlaces; con https, cookies «Secure».",
                   "The address regions open (https://…): the links'; with https, «Secure» cookies."), valueName: "url"))
    var publicURL: String?

    @Option(name: .customLong("limite-peticiones"), help: ArgumentHelp(
        HelpText.t("Solicitudes por minuto que acepta cada sesión.", "Requests per minute each session may make."), valueName: "n"))
    var requestsPerMinute: Int = 120

    @Flag(name: .customLong("sin-pdf"), help: ArgumentHelp(HelpText.t("No imprime las páginas de la vista previa.", "Do not print the preview's pages.")))
    var noPDF = false

    @OptionGroup var data: IntakeDataOption
    @OptionGroup var pdfTimeLimit: PDFTimeLimitOption
    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: CheckTargets.join(content, edition), isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no existe la edición «\(edition)» en «\(content)» (créela con «rme nueva-edicion \(edition)»).",
                en: "rme: the edition «\(edition)» does not exist in «\(content)» (create it with «rme nueva-edicion \(edition)»)."))
        }
        var schemas = SchemaSelection.forContentRoot()
        let schema = schemas.schema(forContentRoot: content)
        guard !schemas.diagnostics.containsErrors else {
            DiagnosticPrinter.print(schemas.diagnostics, fileCount: 1, strict: false, in: context)
            return ExitStatus.contentErrors
        }
        let project = CheckTargets.parent(of: CheckTargets.canonicalPath(content))
        let templates: TemplateLibrary
        do {
            templates = try TemplateLibrary.load(projectTemplates: CheckTargets.join(project, "Templates"), override: nil)
        } catch {
            throw CommandFailure(message: LocalizedText(es: "rme: las plantillas no se pueden leer: \(error)", en: "rme: the templates cannot be read: \(error)"))
        }
        let collected = CollectedEdition(
            id: edition, contentRoot: content, settings: CheckSettings(schema: schema, currentYear: CurrentYear.now), templates: templates,
            pandoc: Pandoc.locate(environment: context.environment))
        let store = try data.store(content: content)
        let reference = CheckTargets.join(project, WordTemplateCommand.projectReference)
        let options = IntakeService.Options(
            host: host, port: port, publicURL: publicURL, requestsPerMinute: max(1, requestsPerMinute), environment: context.environment,
            pdfEngine: noPDF ? nil : PDFEngine.locate(environment: context.environment), pdfTimeout: pdfTimeLimit.limit(or: .seconds(120)),
            wordReference: FileManager.default.fileExists(atPath: reference) ? reference : nil)
        let service: IntakeService
        let started: (address: String, recovered: [String])
        do {
            try store.setSetting("edicion", edition)
            service = try IntakeService(edition: collected, store: store, options: options)
            started = try await service.start()
            try store.setSetting("direccion", publicURL ?? started.address)
        } catch let failure as IntakeService.Failure {
            throw CommandFailure(message: LocalizedText(es: "rme: " + failure.message.es, en: "rme: " + failure.message.en))
        }
        for path in started.recovered {
            context.stderr(context.text("Aceptación pendiente terminada: \(path)\n", "Pending acceptance finished: \(path)\n"))
        }
        if !(await collected.editionDataReady()) {
            context.stderr(context.text(
                "Atención: \(CheckTargets.join(CheckTargets.join(content, edition), "edition.yaml")) tiene errores (vea «rme check»); las regiones reciben la revisión, pero la vista previa espera a que se corrija.\n",
                "Warning: \(CheckTargets.join(CheckTargets.join(content, edition), "edition.yaml")) has errors (see «rme check»); regions get the review, but the preview waits until it is fixed.\n"))
        }
        if collected.pandoc == nil {
            context.stderr(context.text("Atención: falta pandoc; solo se aceptan archivos .md y texto pegado.\n",
                                        "Warning: pandoc is missing; only .md files and pasted text are accepted.\n"))
        }
        context.stdout(context.text(
            "Recepción de la edición \(edition) en \(started.address) (Ctrl-C para terminar)\n  Datos: \(store.folder)\n  Enlace de la coordinación: rme recepcion editor\n",
            "Intake of edition \(edition) at \(started.address) (Ctrl-C to stop)\n  Data: \(store.folder)\n  Editor's link: rme recepcion editor\n"))
        await StopSignal.wait()
        await service.stop()
        context.stderr(context.text("Servidor detenido.\n", "Server stopped.\n"))
        return ExitStatus.success
    }
}
