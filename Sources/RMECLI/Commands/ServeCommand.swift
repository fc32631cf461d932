import ArgumentParser
import Diagnostics
import Engine
import Foundation
import PreviewServer
import Validation

/// `rme serve [CONTENT]`: the live preview: the site built in memory, served, rebuilt on every save.
struct ServeCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve",
            abstract: HelpText.t(
                "Vista previa en vivo: sirve el sitio y lo rehace al guardar, con los problemas sobre la página.",
                "Live preview: serves the site and rebuilds it on save, with the problems over the page."
            ),
            discussion: HelpText.t(
                """
                Genera el sitio en memoria (no escribe Output/) y lo sirve en http://127.0.0.1:\(PreviewService.defaultPort)/ \
                con las mismas rutas que «rme build». Vigila el contenido, el esquema y las plantillas: al guardar \
                un archivo rehace solo lo que depende de él y el navegador se actualiza solo, en la misma posición.
                Si el contenido tiene errores, cada página los muestra encima (archivo:línea:columna, la línea y \
                la ayuda) sobre la última versión correcta, y desaparecen al guardar el arreglo.
                La vista de impresión de cada edición (/__rme/impresion/<edición>/) muestra el PDF del cuadernillo, \
                que se vuelve a imprimir cuando el contenido deja de cambiar, y permite imprimir un capítulo solo.
                Ctrl-C detiene el servidor.

                Ejemplos:
                  rme serve
                  rme serve --abrir
                  rme serve Content --puerto 9000
                """,
                """
                Builds the site in memory (Output/ is not written) and serves it at http://127.0.0.1:\(PreviewService.defaultPort)/ \
                with the same paths as "rme build". Watches the content, the schema and the templates: saving a \
                file rebuilds only what depends on it and the browser updates itself, keeping its place.
                When the content has errors, every page shows them on top (file:line:column, the line and the \
                hint) over the last good version, and they go away once the fix is saved.
                Each edition's print view (/__rme/impresion/<edition>/) shows the booklet's PDF, printed again \
                once the content stops changing, and prints a single chapter on request.
                Ctrl-C stops the server.

                Examples:
                  rme serve
                  rme serve --abrir
                  rme serve Content --puerto 9000
                """
            )
        )
    }

    @Argument(help: ArgumentHelp(
        HelpText.t("La carpeta de contenido, con una carpeta por edición.", "The content folder, one folder per edition."),
        valueName: "contenido"
    ))
    var content: String = "Content"

    @Option(name: .customLong("puerto"), help: ArgumentHelp(
        HelpText.t("El puerto donde escuchar (0 elige uno libre).", "The port to listen on (0 picks a free one)."),
        valueName: "n"
    ))
    var port: UInt16 = PreviewService.defaultPort

    @Option(name: .customLong("host"), help: ArgumentHelp(
        HelpText.t(
            "La dirección IP donde escuchar; 127.0.0.1 (solo este equipo) si no se indica.",
            "The IP address to listen on; 127.0.0.1 (this computer only) unless given."),
        valueName: "ip"
    ))
    var host: String = "127.0.0.1"

    @Flag(name: .customLong("abrir"), help: ArgumentHelp(HelpText.t(
        "Abre el sitio en el navegador.", "Open the site in the browser."
    )))
    var open = false

    @Option(name: .customLong("templates"), help: ArgumentHelp(
        HelpText.t(
            "Carpeta cuyas plantillas y hojas de estilo reemplazan las del proyecto.",
            "Folder whose templates and stylesheets replace the project's."
        ),
        valueName: "carpeta"
    ))
    var templates: String?

    @Flag(name: .customLong("sin-pdf"), help: ArgumentHelp(HelpText.t(
        "No imprime el cuadernillo en segundo plano (sin vista de impresión).", "Do not print the booklet in the background (no print view)."
    )))
    var noPDF = false

    @Flag(name: .customLong("sin-busqueda"), help: ArgumentHelp(HelpText.t(
        "No genera el índice de búsqueda (Pagefind) tras cada cambio.", "Do not make the search index (Pagefind) after each change."
    )))
    var noSearch = false

    @OptionGroup var pdfTimeLimit: PDFTimeLimitOption
    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no existe la carpeta de contenido «\(content)».", en: "rme: the content folder «\(content)» does not exist."))
        }
        let templatesFolder = CheckTargets.join(CheckTargets.parent(of: content), "Templates")
        let content = content, templates = templates, environment = context.environment
        let prepare: @Sendable () -> PreviewPreparation = {
            var schemas = SchemaSelection.forContentRoot()
            let settings = CheckSettings(schema: schemas.schema(forContentRoot: content), currentYear: CurrentYear.now)
            guard !schemas.diagnostics.containsErrors else {
                return PreviewPreparation(request: nil, diagnostics: schemas.diagnostics)
            }
            let request = BuildRequest(
                contentRoot: content, outputPath: CheckTargets.join(CheckTargets.parent(of: content), "Output"),
                templatesFolder: templatesFolder, templatesOverride: templates, settings: settings, environment: environment)
            return PreviewPreparation(request: request, diagnostics: schemas.diagnostics)
        }
        let options = PreviewService.Options(
            host: host, port: port, watched: [content, templatesFolder] + (templates.map { [$0] } ?? []),
            language: context.language, environment: environment, prints: !noPDF, searches: !noSearch,
            pdfTimeout: pdfTimeLimit.limit(or: .seconds(300)))
        let terminal = Terminal(language: context.language, usesColor: context.usesColor, write: context.stderr)
        let service: PreviewService
        let address: String
        do {
            service = try await PreviewService(options: options, prepare: prepare, terminal: terminal)
            address = try await service.start()
        } catch {
            throw CommandFailure(message: LocalizedText(es: "rme: " + error.message.es, en: "rme: " + error.message.en))
        }
        if !Self.isLoopback(host) {
            context.stderr(context.text(
                "Atención: escuchando en \(host): otros equipos de la red pueden ver la vista previa.\n",
                "Warning: listening on \(host): other computers on the network can see the preview.\n"))
        }
        context.stdout(context.text(
            "Vista previa en \(address) (Ctrl-C para terminar)\n  Impresión: \(address)__rme/impresion/\n",
            "Preview at \(address) (Ctrl-C to stop)\n  Print view: \(address)__rme/impresion/\n"))
        if open { Self.openBrowser(address, context: context) }
        await StopSignal.wait()
        await service.stop()
        context.stderr(context.text("Servidor detenido.\n", "Server stopped.\n"))
        return ExitStatus.success
    }

    /// Whether `host` reaches this computer only.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// Opens `address` with the desktop's browser, or says how to.
    static func openBrowser(_ address: String, context: CLIContext) {
        let opener = ["xdg-open", "open"].lazy.compactMap { ExecutableSearch.find($0, environment: context.environment) }.first
        guard let opener else {
            context.stderr(context.text("No se encontró cómo abrir el navegador; abra \(address).\n", "Found no way to open the browser; open \(address).\n"))
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so the server can stop cleanly.
enum StopSignal {
    static func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = ResumeOnce(continuation)
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { once.resume() }
                source.resume()
                Sources.keep(source)
            }
        }
    }

    /// Signal sources live as long as the process.
    private enum Sources {
        nonisolated(unsafe) static var kept: [DispatchSourceSignal] = []
        static let lock = NSLock()
        static func keep(_ source: DispatchSourceSignal) { lock.withLock { kept.append(source) } }
    }
}

/// A continuation resumed by the first of several callers.
private final class ResumeOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?

    init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }

    func resume() {
        let taken = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            defer { continuation = nil }
            return continuation
        }
        taken?.resume()
    }
}
