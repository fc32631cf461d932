import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An HTTP client that behaves as a browser does toward the service: it keeps the cookies the service sets,
/// sends them back, and does not follow redirects (the tests look at each 303), over real loopback HTTP.
public final class Browser: @unchecked Sendable {
    /// One answer: status, headers (names lowercased) and body.
    public struct Answer {
        public let status: Int
        public let headers: [String: String]
        public let body: Data
        public var text: String { String(decoding: body, as: UTF8.self) }
        public var location: String? { headers["location"] }
        /// Every `Set-Cookie` line, as the service sent them.
        public let setCookies: [String]

        /// The value of a hidden field of the page's first form holding it.
        public func field(_ name: String) -> String? {
            guard let range = text.range(of: "name=\"\(name)\" value=\"") else { return nil }
            let rest = text[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    public let address: String
    public private(set) var cookies: [String: String] = [:]
    private let session: URLSession
    private let lock = NSLock()

    public init(address: String) {
        self.address = address
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpCookieStorage = nil
        configuration.timeoutIntervalForRequest = 180
        session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    /// Forgets a cookie, or sets one by hand (another browser's, in the isolation tests).
    public func setCookie(_ name: String, _ value: String?) {
        lock.withLock { cookies[name] = value }
    }

    public func get(_ path: String) async throws -> Answer {
        try await send(URLRequest(url: url(path)))
    }

    public func head(_ path: String) async throws -> Answer {
        var request = URLRequest(url: url(path))
        request.httpMethod = "HEAD"
        return try await send(request)
    }

    /// A URL-encoded form, as a browser posts one.
    public func post(_ path: String, _ fields: [String: String]) async throws -> Answer {
        var request = URLRequest(url: url(path))
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        request.httpBody = Data(fields.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&").utf8)
        return try await send(request)
    }

    /// A `multipart/form-data` form with one file field (`archivo`), as a browser sends an upload.
    public func upload(_ path: String = "/region/versiones", fileName: String, bytes: [UInt8], fields: [String: String]) async throws -> Answer {
        let boundary = "----rmeTestBoundary\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(Data(bytes))
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var request = URLRequest(url: url(path))
        request.httpMethod = "POST"
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        return try await send(request)
    }

    /// Opens an invitation link and presses «Entrar», as a person does; fails unless it ends in a session.
    public func signIn(code: String) async throws {
        let door = try await get("/entrar?codigo=\(code)")
        guard door.status == 200, let csrf = door.field("csrf") else { throw Failure("the sign-in page answered \(door.status)") }
        let answer = try await post("/entrar", ["codigo": code, "csrf": csrf])
        guard answer.status == 303, cookies["rme_sesion"] != nil else { throw Failure("signing in answered \(answer.status): \(answer.text)") }
    }

    /// The CSRF token the service put in the forms of `path`.
    public func csrf(from path: String = "/") async throws -> String {
        let page = try await get(path == "/" ? "/region" : path)
        guard let token = page.field("csrf") else { throw Failure("no form token on \(path) (\(page.status))") }
        return token
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    private func url(_ path: String) -> URL { URL(string: address + path)! }

    private func send(_ request: URLRequest) async throws -> Answer {
        var request = request
        let cookieLine = lock.withLock { cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if !cookieLine.isEmpty { request.setValue(cookieLine, forHTTPHeaderField: "Cookie") }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw Failure("not an HTTP answer") }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        let setCookies = Self.setCookieLines(headers["set-cookie"])
        lock.withLock {
            for line in setCookies {
                let pair = line.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
                guard let equals = pair.firstIndex(of: "=") else { continue }
                let name = String(pair[..<equals]), value = String(pair[pair.index(after: equals)...])
                if value.isEmpty || line.lowercased().contains("max-age=0") { cookies[name] = nil } else { cookies[name] = value }
            }
        }
        return Answer(status: http.statusCode, headers: headers, body: data, setCookies: setCookies)
    }

    /// Foundation folds several `Set-Cookie` headers into one value joined by commas; cookie values here are
    /// URL-safe and dates are not used (Max-Age is), so splitting at ", " before a name= recovers them.
    private static func setCookieLines(_ folded: String?) -> [String] {
        guard let folded, !folded.isEmpty else { return [] }
        var lines: [String] = []
        var current = ""
        for piece in folded.components(separatedBy: ", ") {
            if piece.range(of: #"^[A-Za-z_]+="#, options: .regularExpression) != nil, !current.isEmpty {
                lines.append(current)
                current = piece
            } else {
                current = current.isEmpty ? piece : current + ", " + piece
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// Keeps URLSession from following a 303, so the test sees where the service sends the browser.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    public func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
