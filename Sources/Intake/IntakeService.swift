import Diagnostics
import Engine
import FlyingFox
import FlyingSocks
import Foundation
import ServerSupport

/// `rme recepcion`: the service where regions hand in their experience and the editor collects the edition,
/// on the same HTTP server package as `rme serve`, its state in the data folder's SQLite database.
public final class IntakeService: Sendable {
    /// How the service listens and what it allows.
    public struct Options: Sendable {
        /// An IP address; 127.0.0.1 unless told otherwise (a reverse proxy in front serves the public).
        public var host: String
        /// 0 picks a free port.
        public var port: UInt16
        /// The address people open ("https://recepcion.mineduc.cl"): the links it prints, and `Secure` cookies
        /// when it is HTTPS.
        public var publicURL: String?
        /// Requests a session may make per minute.
        public var requestsPerMinute: Int
        /// The largest upload accepted.
        public var maxUploadBytes: Int
        /// How long reading and checking one upload may take.
        public var checkTimeout: Duration
        public var environment: [String: String]
        /// The engine of the printed previews; `nil` shows none.
        public var pdfEngine: PDFEngine?
        /// How long the engine may take to print one chapter.
        public var pdfTimeout: Duration
        /// The reference document of the Word templates (styles).
        public var wordReference: String?

        public init(
            host: String = "127.0.0.1", port: UInt16 = IntakeService.defaultPort, publicURL: String? = nil, requestsPerMinute: Int = 120,
            maxUploadBytes: Int = 10_000_000, checkTimeout: Duration = .seconds(60), environment: [String: String],
            pdfEngine: PDFEngine?, pdfTimeout: Duration = .seconds(120), wordReference: String? = nil
        ) {
            self.pdfTimeout = pdfTimeout
            self.host = host
            self.port = port
            self.publicURL = publicURL
            self.requestsPerMinute = requestsPerMinute
            self.maxUploadBytes = maxUploadBytes
            self.checkTimeout = checkTimeout
            self.environment = environment
            self.pdfEngine = pdfEngine
            self.wordReference = wordReference
        }
    }

    /// Why the service could not start.
    public struct Failure: Error, Sendable {
        public let message: LocalizedText
    }

    public static let defaultPort: UInt16 = 8030

    private let context: IntakeContext
    private let server: HTTPServer
    private let serving = ServingTask()

    /// A service collecting `edition` into its content folder, keeping its state in `store`.
    public init(edition: CollectedEdition, store: IntakeStore, options: Options) throws(Failure) {
        context = IntakeContext(store: store, edition: edition, options: options)
        let address: any SocketAddress
        do {
            address = try Self.address(host: options.host, port: options.port)
        } catch {
            throw Failure(message: LocalizedText(
                es: "«\(options.host)» no es una dirección IP (use, por ejemplo, 127.0.0.1 o 0.0.0.0)",
                en: "«\(options.host)» is not an IP address (use, for example, 127.0.0.1 or 0.0.0.0)"))
        }
        server = HTTPServer(address: address, timeout: 120, logger: .disabled, handler: IntakeHandler(context: context))
    }

    /// Finishes the acceptances a previous run left pending, starts listening; returns the address it listens
    /// on ("http://127.0.0.1:8030") and the files the recovery wrote.
    public func start() async throws(Failure) -> (address: String, recovered: [String]) {
        let recovered: [String]
        do {
            recovered = try await context.acceptances.recover()
            try? FileManager.default.removeItem(atPath: context.store.folder + "/tmp")
        } catch {
            throw Failure(message: LocalizedText(
                es: "no se pudieron terminar las aceptaciones pendientes: \(error)", en: "could not finish the pending acceptances: \(error)"))
        }
        let server = server
        let task = Task { try await server.run() }
        serving.set(task)
        for _ in 0..<3000 {
            if await server.isListening { break }
            if let error = await Self.ended(task) {
                throw Self.failure(starting: error, port: context.options.port)
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        guard await server.isListening else {
            await stop()
            throw Failure(message: LocalizedText(es: "el servidor no empezó a escuchar", en: "the server did not start listening"))
        }
        switch await server.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: ListeningSocketTuning.disableNagle(port: port)
        default: break
        }
        var address = "http://\(context.options.host):\(context.options.port)"
        if case .ip4(let ip, let port)? = await server.listeningAddress { address = "http://\(ip == "0.0.0.0" ? "127.0.0.1" : ip):\(port)" }
        if case .ip6(let ip, let port)? = await server.listeningAddress { address = "http://[\(ip == "::" ? "::1" : ip)]:\(port)" }
        return (address, recovered)
    }

    /// Stops listening; requests in flight get a second to finish.
    public func stop() async {
        await server.stop(timeout: 1)
        serving.cancel()
    }

    /// The error the server's task ended with, if it ended already.
    private static func ended(_ task: Task<Void, any Error>) async -> (any Error)? {
        let probe = Task { () -> (any Error)? in
            do { try await task.value; return nil } catch { return error }
        }
        try? await Task.sleep(for: .milliseconds(1))
        // A task still running leaves the probe waiting; only a finished task answers at once.
        let answer = await Deadline.run(within: .milliseconds(5)) { await probe.value }
        probe.cancel()
        return answer ?? nil
    }

    static func address(host: String, port: UInt16) throws -> any SocketAddress {
        let host = host == "localhost" ? "127.0.0.1" : host
        if host.contains(":") {
            return try sockaddr_in6.inet6(ip6: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port: port)
        }
        return try sockaddr_in.inet(ip4: host, port: port)
    }

    static func failure(starting error: any Error, port: UInt16) -> Failure {
        if case SocketError.failed(_, let number, _) = error, number == EADDRINUSE {
            return Failure(message: LocalizedText(
                es: "el puerto \(port) ya está en uso; elija otro con --puerto", en: "port \(port) is already in use; choose another with --puerto"))
        }
        return Failure(message: LocalizedText(es: "no se pudo abrir el servidor: \(error)", en: "could not start the server: \(error)"))
    }
}

/// The server's task, cancelled when the service stops.
private final class ServingTask: @unchecked Sendable {
    private let lock = NSLock()
    private var task: Task<Void, any Error>?

    func set(_ task: Task<Void, any Error>) { lock.withLock { self.task = task } }

    func cancel() { lock.withLock { task }?.cancel() }
}
