import Testing
@testable import PreviewServer

/// Only the site's own paths resolve; everything that could climb out of it is refused before any lookup.
@Suite("Request paths")
struct RequestPathTests {
    @Test("pages and folders resolve to the site's files", arguments: [
        ("/", "index.html"),
        ("/2015-2017/", "2015-2017/index.html"),
        ("/2015-2017/regiones/tarapaca.html", "2015-2017/regiones/tarapaca.html"),
        ("/2015-2017/regiones/los%20rios.html", "2015-2017/regiones/los rios.html"),
        ("/2015-2017/regiones/%C3%B1uble.html", "2015-2017/regiones/ñuble.html"),
        ("/__rme/impresion/2015-2017/", "__rme/impresion/2015-2017/index.html"),
    ])
    func resolves(raw: String, path: String) {
        #expect(RequestPath.resolve(raw) == path)
    }

    @Test("dot segments, encoded slashes and backslashes, control characters and absolute forms are refused", arguments: [
        "/../etc/passwd", "/2015-2017/../index.html", "/./index.html", "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd",
        "/..%2fetc%2fpasswd", "/2015-2017%2Findex.html", "/..%5c..%5cwindows", "/a\\b", "//etc/passwd", "/a//b",
        "http://127.0.0.1/etc/passwd", "etc/passwd", "", "/index.html%00.css", "/a%0d%0aSet-Cookie:x", "/%zz",
        "/" + String(repeating: "a/", count: 1100),
    ])
    func refuses(raw: String) {
        #expect(RequestPath.resolve(raw) == nil, "«\(raw)» must be refused")
    }

    @Test("a double-encoded dot segment stays a name: it is looked up, and found nowhere")
    func doubleEncoding() {
        #expect(RequestPath.resolve("/%252e%252e/etc/passwd") == "%2e%2e/etc/passwd")
    }

    @Test("the live script goes before the last </body>, whatever its case, or at the end of a page without one")
    func injection() {
        let tag = LiveScript.tag(version: 7)
        let page = Array("<html><body><p>a</p></BODY></html>".utf8)
        #expect(String(decoding: LiveScript.inject(into: page, version: 7), as: UTF8.self) == "<html><body><p>a</p>\(tag)</BODY></html>")
        let bare = Array("<p>sin cierre</p>".utf8)
        #expect(String(decoding: LiveScript.inject(into: bare, version: 7), as: UTF8.self) == "<p>sin cierre</p>\(tag)")
    }
}
