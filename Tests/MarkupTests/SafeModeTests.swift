import Markup
import Testing

/// Region content is written by many hands: by default raw HTML is left out of
/// the page and a link `LinkPolicy` refuses is unwrapped. `allowUnsafeHTML` lets them through.
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

    @Test("a link LinkPolicy refuses keeps its text and loses its address; images keep only their text", arguments: [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/svg+xml;base64,PHN2Zz4=",
        "//evil.com/x",
        "\\\\evil.com",
        "/\\evil.com",
        "https:evil.com",
        "https:\\\\evil.com",
        "https:///etc/passwd",
        "a+b+c:d",
        "ftp://ejemplo.cl",
        "mailto:nadie",
        "resumen.html",
        "../../../../etc/passwd",
        "/tarapaca/",
        "#objetivo",
    ])
    func refusedLinks(url: String) {
        #expect(Markup.html("[clic](<\(url)>)") == "<p>clic</p>\n")
        #expect(Markup.html("![foto](<\(url)>)") == "<p>foto</p>\n")
        #expect(!Markup.html("<\(url)>").contains("href"))
    }

    @Test("full web addresses and e-mail stay links; images never render, even raster data: ones")
    func safeDestinations() {
        #expect(Markup.html("[sitio](https://www.mineduc.cl)") == "<p><a href=\"https://www.mineduc.cl\">sitio</a></p>\n")
        #expect(Markup.html("[sitio](HTTP://ejemplo.cl/a?b=c#d)") == "<p><a href=\"HTTP://ejemplo.cl/a?b=c#d\">sitio</a></p>\n")
        #expect(Markup.html("[correo](mailto:rme@mineduc.cl)") == "<p><a href=\"mailto:rme@mineduc.cl\">correo</a></p>\n")
        #expect(Markup.html("<https://ejemplo.cl>") == "<p><a href=\"https://ejemplo.cl\">https://ejemplo.cl</a></p>\n")
        #expect(Markup.html("![punto](data:image/png;base64,iVBORw0KGgo=)") == "<p>punto</p>\n")
        #expect(Markup.html("![logo](https://ejemplo.cl/logo.png)") == "<p>logo</p>\n")
    }

    @Test("the policy names why it refuses")
    func verdicts() {
        #expect(LinkPolicy.verdict(for: "https://www.mineduc.cl") == .allowed)
        #expect(LinkPolicy.verdict(for: " \tJAVA&#x53;cript:x") == .refused(.blockedScheme("javascript")))
        #expect(LinkPolicy.verdict(for: "//evil.com") == .refused(.protocolRelative))
        #expect(LinkPolicy.verdict(for: "/%5Cevil.com") == .refused(.backslash))
        #expect(LinkPolicy.verdict(for: "https:evil.com") == .refused(.schemeWithoutSlashes("https")))
        #expect(LinkPolicy.verdict(for: "a+b+c:d") == .refused(.unknownScheme("a+b+c")))
        #expect(LinkPolicy.verdict(for: "resumen.html") == .refused(.relative))
        #expect(LinkPolicy.verdict(for: "") == .refused(.empty))
    }

    @Test("subtree rendering is safe too")
    func subtrees() throws {
        let tree = Markup.parse("Ver [esto](javascript:x()) y <b>negrita</b>.\n\n<div>bloque</div>\n")
        let paragraph = try #require(tree.first(.paragraph))
        #expect(paragraph.html() == "<p>Ver esto y <!-- raw HTML omitted -->negrita<!-- raw HTML omitted -->.</p>\n")
        #expect(tree.first(.link)?.html() == "esto")
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
