import Markup
import Testing

/// Region content is written by many hands: by default raw HTML is left out of
/// the page and dangerous URL schemes are blanked. `allowUnsafeHTML` lets them through.
@Suite("Markup rendering: safe mode")
struct SafeModeTests {
    static let unsafe = MarkupOptions(allowUnsafeHTML: true)

    @Test("the default is safe")
    func defaultIsSafe() {
        #expect(MarkupOptions().allowUnsafeHTML == false)
        #expect(MarkupOptions.standard.allowUnsafeHTML == false)
    }

    @Test("raw HTML blocks are omitted")
    func htmlBlocks() {
        #expect(Markup.html("<div class=\"x\">hola</div>\n\ntexto") == "<!-- raw HTML omitted -->\n<p>texto</p>\n")
        #expect(Markup.html("<script>alert(1)</script>\n") == "<!-- raw HTML omitted -->\n")
        #expect(Markup.html("<!-- nota -->\n") == "<!-- raw HTML omitted -->\n")
        // The tree still holds what was written; only the rendering leaves it out.
        #expect(Markup.parse("<div>hola</div>\n").first(.htmlBlock)?.literal == "<div>hola</div>\n")
    }

    @Test("inline HTML is omitted")
    func inlineHTML() {
        #expect(Markup.html("a <span onclick=\"x()\">b</span> c") ==
            "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --> c</p>\n")
        #expect(Markup.html("uno<br>dos") == "<p>uno<!-- raw HTML omitted -->dos</p>\n")
    }

    @Test("dangerous link destinations are blanked", arguments: [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/svg+xml;base64,PHN2Zz4=",
    ])
    func dangerousLinks(url: String) {
        #expect(Markup.html("[clic](\(url))") == "<p><a href=\"\">clic</a></p>\n")
        #expect(Markup.html("![foto](\(url))") == "<p><img src=\"\" alt=\"foto\" /></p>\n")
        #expect(Markup.html("<\(url)>").contains("href=\"\""))
    }

    @Test("ordinary destinations and raster data images stay")
    func safeDestinations() {
        #expect(Markup.html("[sitio](https://www.mineduc.cl)") == "<p><a href=\"https://www.mineduc.cl\">sitio</a></p>\n")
        #expect(Markup.html("[correo](mailto:rme@mineduc.cl)") == "<p><a href=\"mailto:rme@mineduc.cl\">correo</a></p>\n")
        #expect(Markup.html("[relativo](../otra.html)") == "<p><a href=\"../otra.html\">relativo</a></p>\n")
        #expect(Markup.html("![punto](data:image/png;base64,iVBORw0KGgo=)") ==
            "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"punto\" /></p>\n")
        #expect(Markup.html("![foto](data:image/jpeg;base64,/9j/)").contains("src=\"data:image/jpeg;base64,/9j/\""))
    }

    @Test("subtree rendering is safe too")
    func subtrees() throws {
        let tree = Markup.parse("Ver [esto](javascript:x()) y <b>negrita</b>.\n\n<div>bloque</div>\n")
        let paragraph = try #require(tree.first(.paragraph))
        #expect(paragraph.html() == "<p>Ver <a href=\"\">esto</a> y <!-- raw HTML omitted -->negrita<!-- raw HTML omitted -->.</p>\n")
        #expect(tree.first(.link)?.html() == "<a href=\"\">esto</a>")
        #expect(tree.first(.htmlInline)?.html() == "<!-- raw HTML omitted -->")
        #expect(tree.first(.htmlBlock)?.html() == "<!-- raw HTML omitted -->\n")
        // The destination as written is still in the tree, for checks that want to report it.
        #expect(tree.first(.link)?.destination == "javascript:x()")
    }

    @Test("allowUnsafeHTML lets raw HTML and every scheme through")
    func unsafeMode() throws {
        #expect(Markup.html("<div class=\"x\">hola</div>\n", options: Self.unsafe) == "<div class=\"x\">hola</div>\n")
        #expect(Markup.html("a <span>b</span> c", options: Self.unsafe) == "<p>a <span>b</span> c</p>\n")
        #expect(Markup.html("[clic](javascript:alert(1))", options: Self.unsafe) == "<p><a href=\"javascript:alert(1)\">clic</a></p>\n")
        #expect(Markup.html("[v](vbscript:msgbox)", options: Self.unsafe) == "<p><a href=\"vbscript:msgbox\">v</a></p>\n")
        #expect(Markup.html("[f](file:///etc/passwd)", options: Self.unsafe) == "<p><a href=\"file:///etc/passwd\">f</a></p>\n")
        #expect(Markup.html("![d](data:text/html;base64,PHA+)", options: Self.unsafe) == "<p><img src=\"data:text/html;base64,PHA+\" alt=\"d\" /></p>\n")
        let tree = Markup.parse("<b>x</b> [y](javascript:z)", options: Self.unsafe)
        #expect(try #require(tree.first(.paragraph)).html() == "<p><b>x</b> <a href=\"javascript:z\">y</a></p>\n")
    }
}
