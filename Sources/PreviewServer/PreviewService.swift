import Diagnostics
import Engine
import FlyingFox
import FlyingSocks
import Foundation
import ServerSupport

/// `rme serve`: the site built in memory and served over HTTP, rebuilt when a watched file changes, with
/// live reload, the problems over the page and a print view per edition.
public final class PreviewService: Sendable {
    /// How the service listens and what it watches.
    public struct Options: Sendable {
        /// An IP address; 127.0.0.1 unless told otherwise.
        public var host: String
        /// 0 picks a free port.
        public var port: UInt16
        /// Folders whose changes rebuild the site (content root, templates).
        public var watched: [String]
        public var language: Language
        public var environment: [String: String]
        /// The engine for the print views; `nil` finds the best one installed.
        public var pdfEngine: PDFEngine?
        /// Whether the print views print at all.
        public var prints: Bool
        /// How long the engine may take to print an edition's booklet.
        public var pdfTimeout: Duration
        /// How long changes must pause before a rebuild.
        public var quiet: Duration
        /// Whether the search page gets an index (made with Pagefind after each rebuild).
        public var searches: Bool
        /// The Pagefind to index with; `nil` finds the one installed.
        public var pagefind: Pagefind?

        public init(
            host: String = "127.0.0.1", port: UInt16 = PreviewService.defaultPort, watched: [String], language: Language,
            environment: [String: String], pdfEngine: PDFEngine? = nil, prints: Bool = true, quiet: Duration = .milliseconds(50),
            searches: Bool = true, pagefind: Pagefind? = nil, pdfTimeout: Duration = .seconds(300)
        ) {
            self.pdfTimeout = pdfTimeout
            self.searches = searches
            self.pagefind = pagefind
            self.host = host
            self.port = port
            self.watched = watched
            self.language = language
            self.environment = environment
            self.pdfEngine = pdfEngine
            self.prints = prints
            self.quiet = quiet
        }
    }

    /// Why the service could not start.
    public struct Failure: Error, Sendable {
        public let message: LocalizedText
    }

    public static let defaultPort: UInt16 = 8020

    private let options: Options
    private let state: PreviewState
    private let printViews: PrintViews
    private let rebuilder: Rebuilder
    private let server: HTTPServer
    private let watcher: FolderWatcher
    private let running = RunningTasks()

    /// A service for `options`; `prepare` makes each rebuild's request (reading the schema anew).
    public init(options: Options, prepare: @escaping @Sendable () -> PreviewPreparation, terminal: Terminal) async throws(Failure) {
        self.options = options
        state = PreviewState(language: options.language)
        let engine = options.prints ? (options.pdfEngine ?? PDFEngine.locate(environment: options.environment)) : nil
        printViews = PrintViews(
            engine: engine, timeout: options.pdfTimeout, environment: options.environment, state: state, language: options.language)
        let pagefind: Pagefind? = if !options.searches { nil } else if let chosen = options.pagefind { chosen } else {
            await Pagefind.locate(environment: options.environment)
        }
        let search = PreviewSearch(pagefind: pagefind, environment: options.environment, state: state, terminal: terminal)
        rebuilder = Rebuilder(prepare: prepare, state: state, printViews: printViews, search: search, terminal: terminal)
        let address: any SocketAddress
        do {
            address = try Self.address(host: options.host, port: options.port)
        } catch {
            throw Failure(message: LocalizedText(
                es: "«\(options.host)» no es una dirección IP (use, por ejemplo, 127.0.0.1 o 0.0.0.0)",
                en: "«\(options.host)» is not an IP address (use, for example, 127.0.0.1 or 0.0.0.0)"))
        }
        server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: SiteHandler(state: state, printViews: printViews))
        do {
            watcher = try FolderWatcher(roots: options.watched)
        } catch {
            throw Failure(message: LocalizedText(
                es: "no se pueden vigilar los cambios: \(error.description)", en: "cannot watch for changes: \(error.description)"))
        }
    }

    /// Builds the site once, starts listening and watching; returns the address to open ("http://127.0.0.1:8020/").
    public func start() async throws(Failure) -> String {
        await rebuilder.rebuild().value
        let server = server
        let failure = StartFailure()
        let serving = Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        running.add(serving)
        // Listening, or the reason it could not (a busy port), whichever comes first.
        var listening = false
        for _ in 0..<3000 where !listening {
            if let error = failure.error {
                await stop()
                throw Self.failure(starting: error, port: options.port)
            }
            listening = await server.isListening
            if !listening { try? await Task.sleep(for: .milliseconds(10)) }
        }
        guard listening else {
            await stop()
            throw Self.failure(starting: SocketError.timeout(message: "30 s"), port: options.port)
        }
        switch await server.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: ListeningSocketTuning.disableNagle(port: port)
        default: break
        }
        watcher.start()
        let debouncer = Debouncer(quiet: options.quiet, longest: .seconds(1)) { [rebuilder] in
            await rebuilder.rebuild()
        }
        let changes = watcher.changes, printViews = printViews
        running.add(Task {
            for await _ in changes {
                await printViews.contentChanged()
                await debouncer.poke()
            }
        })
        return Self.url(await server.listeningAddress, host: options.host)
    }

    /// Stops listening, watching and printing; the browsers' connections close.
    public func stop() async {
        watcher.stop()
        await printViews.contentChanged()
        await state.finish()
        await server.stop(timeout: 1)
        running.cancelAll()
    }

    /// The socket address for a host given as an IP address ("localhost" is 127.0.0.1).
    static func address(host: String, port: UInt16) throws -> any SocketAddress {
        let host = host == "localhost" ? "127.0.0.1" : host
        if host.contains(":") {
            return try sockaddr_in6.inet6(ip6: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port: port)
        }
        return try sockaddr_in.inet(ip4: host, port: port)
    }

    /// The address to open in a browser.
    static func url(_ address: Socket.Address?, host: String) -> String {
        switch address {
        case .ip4(let ip, let port):
            let shown = ip == "0.0.0.0" ? "127.0.0.1" : ip
            return "http://\(shown):\(port)/"
        case .ip6(let ip, let port):
            let shown = ip == "::" ? "::1" : ip
            return "http://[\(shown)]:\(port)/"
        case .unix(let path):
            return path
        case nil:
            return "http://\(host)/"
        }
    }

    /// What to tell the editor when listening failed: a busy port gets its own advice.
    static func failure(starting error: any Error, port: UInt16) -> Failure {
        if case SocketError.failed(_, let number, _) = error, number == EADDRINUSE {
            return Failure(message: LocalizedText(
                es: "el puerto \(port) ya está en uso (¿hay otro «rme serve» abierto?); elija otro con --puerto, por ejemplo --puerto \(port == UInt16.max ? 8021 : port + 1)",
                en: "port \(port) is already in use (is another «rme serve» running?); choose another with --puerto, for example --puerto \(port == UInt16.max ? 8021 : port + 1)"))
        }
        if case SocketError.failed(_, let number, _) = error, number == EACCES {
            return Failure(message: LocalizedText(
                es: "no hay permiso para escuchar en el puerto \(port); use uno mayor que 1024 con --puerto",
                en: "no permission to listen on port \(port); use one above 1024 with --puerto"))
        }
        return Failure(message: LocalizedText(
            es: "no se pudo abrir el servidor: \(error)", en: "could not start the server: \(error)"))
    }
}

/// The error the server's task ended with, if it did.
private final class StartFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? { lock.withLock { stored } }

    func set(_ error: any Error) { lock.withLock { stored = error } }
}

/// The service's background tasks, cancelled together when it stops.
private final class RunningTasks: @unchecked Sendable {
    private let lock = NSLock()
    private var cancels: [@Sendable () -> Void] = []

    func add<Failure: Error>(_ task: Task<Void, Failure>) { lock.withLock { cancels.append { task.cancel() } } }

    func cancelAll() {
        for cancel in lock.withLock({ cancels }) { cancel() }
    }
}
