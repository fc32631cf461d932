import FlyingFox

/// What the handler reads of a request besides its route: its cookies, the client's address, its query.
struct RequestFacts: Sendable {
    let cookies: [String: String]
    /// The client's IP address: the peer's, or the last address a reverse proxy on this computer added to
    /// `X-Forwarded-For` (an address a client writes there itself is not believed).
    let address: String
    let query: [String: String]

    init(_ request: HTTPRequest) {
        var cookies: [String: String] = [:]
        for pair in (request.headers[.cookie] ?? "").split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            if cookies[name] == nil { cookies[name] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        self.cookies = cookies
        var peer = "desconocida"
        switch request.remoteAddress {
        case .ip4(let ip, _), .ip6(let ip, _): peer = ip
        case .unix, nil: break
        }
        if peer == "127.0.0.1" || peer == "::1",
           let forwarded = request.headers[HTTPHeader("X-Forwarded-For")]?.split(separator: ",").last {
            let trimmed = forwarded.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty, trimmed.count <= 45, trimmed.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) { peer = trimmed }
        }
        address = peer
        var query: [String: String] = [:]
        for item in request.query where query[item.name] == nil { query[item.name] = item.value }
        self.query = query
    }
}
