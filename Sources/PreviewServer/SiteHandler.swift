import FlyingFox
import Foundation
import Rendering

/// Answers every request of the preview: the site's files from memory (pages with the live script added),
/// the script, the state as JSON, the print views and the WebSocket the pages listen on.
struct SiteHandler: HTTPHandler {
    let state: PreviewState
    let printViews: PrintViews

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let raw = request.target.path()
        if raw == LiveScript.socketPath {
            return try await WebSocketHTTPHandler.webSocket(LiveSocket(state: state)).handleRequest(request)
        }
        guard request.method == .GET || request.method == .HEAD else {
            return Self.response(.methodNotAllowed, type: "text/plain; charset=utf-8", body: Array("405\n".utf8), head: false)
                .with(header: "Allow", "GET, HEAD")
        }
        let head = request.method == .HEAD
        guard let path = RequestPath.resolve(raw) else {
            return await notFound(head: head)
        }
        switch path {
        case LiveScript.path:
            return Self.response(.ok, type: ContentType.of(path), body: Array(LiveScript.source.utf8), head: head)
        case "__rme/estado.json":
            return Self.response(.ok, type: ContentType.of(path), body: Array(await state.message().utf8), head: head)
        case "__rme/problemas.json":
            return Self.response(.ok, type: ContentType.of(path), body: Array(await state.problemsMessage().utf8), head: head)
        default:
            break
        }
        if path.hasPrefix(PrintViews.prefix) {
            guard let answer = await printViews.answer(path) else { return await notFound(head: head) }
            var body = answer.body
            if answer.type.hasPrefix("text/html") { body = LiveScript.inject(into: body, version: await state.version) }
            return Self.response(.ok, type: answer.type, body: body, head: head)
        }
        if path.hasPrefix(SitePaths.searchIndexFolder + "/") {
            guard let file = await state.searchFiles[path] else { return await notFound(head: head) }
            return Self.response(.ok, type: ContentType.of(path), body: file.data, head: head)
        }
        guard let files = await state.files else {
            return Self.response(.serviceUnavailable, type: "text/html; charset=utf-8", body: await placeholder(), head: head)
        }
        guard let file = files[path] else { return await notFound(head: head) }
        let type = ContentType.of(path)
        let body = type.hasPrefix("text/html") ? LiveScript.inject(into: file.data, version: await state.version) : file.data
        return Self.response(.ok, type: type, body: body, head: head)
    }

    /// A 404 page that still listens: a page being written (a new experience) appears by itself.
    private func notFound(head: Bool) async -> HTTPResponse {
        let strings = state.strings
        let html = """
            <!DOCTYPE html>
            <html lang="\(strings.languageCode)"><head><meta charset="utf-8"><title>404</title></head>
            <body><main><h1>404</h1><p>\(strings.notFound)</p><p><a href="/">\(strings.archiveLink)</a></p></main></body></html>
            """
        return Self.response(.notFound, type: "text/html; charset=utf-8", body: LiveScript.inject(into: Array(html.utf8), version: await state.version), head: head)
    }

    /// What every page shows while no version of the site has built yet: the problems' overlay over it.
    private func placeholder() async -> [UInt8] {
        let strings = state.strings
        let html = """
            <!DOCTYPE html>
            <html lang="\(strings.languageCode)"><head><meta charset="utf-8"><title>rme serve</title></head>
            <body><main><h1>rme serve</h1><p>\(strings.noSite)</p></main></body></html>
            """
        return LiveScript.inject(into: Array(html.utf8), version: await state.version)
    }

    /// A response with the preview's headers: its type, never cached, never sniffed.
    static func response(_ status: HTTPStatusCode, type: String, body: [UInt8], head: Bool) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
        if head {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers, body: Data())
        }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(body))
    }
}

extension HTTPResponse {
    /// The response with one more header.
    func with(header name: String, _ value: String) -> HTTPResponse {
        var response = self
        response.headers[HTTPHeader(name)] = value
        return response
    }
}

/// The WebSocket a page listens on: the state at once, then each new one.
struct LiveSocket: WSMessageHandler {
    let state: PreviewState

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let updates = await state.listen()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let forward = Task {
            for await text in updates { continuation.yield(.text(text)) }
            continuation.finish()
        }
        // The page says nothing; when it goes, its stream ends and so does the forwarding.
        Task {
            for await _ in client {}
            forward.cancel()
            continuation.finish()
        }
        continuation.onTermination = { _ in forward.cancel() }
        return stream
    }
}
