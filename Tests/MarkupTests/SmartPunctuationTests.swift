import Markup
import Testing

/// Curly quotes and dashes, as a printed booklet uses them: on unless switched off.
@Suite("Markup options: smart punctuation")
struct SmartPunctuationTests {
    @Test("on by default: quotes, dashes and ellipses")
    func onByDefault() {
        #expect(MarkupOptions().smartPunctuation)
        #expect(MarkupOptions.standard.smartPunctuation)
        #expect(Markup.html("Dijo \"comillas\" y 'simples'.") == "<p>Dijo “comillas” y ‘simples’.</p>\n")
        #expect(Markup.html("2015--2017") == "<p>2015–2017</p>\n")
        #expect(Markup.html("una pausa---larga") == "<p>una pausa—larga</p>\n")
        #expect(Markup.html("y así...") == "<p>y así…</p>\n")
    }

    @Test("the tree's text literals carry the typographic forms")
    func inTheTree() {
        let tree = Markup.parse("La red \"Iquique\" (2015--2017)")
        #expect(tree.root.plainText == "La red “Iquique” (2015–2017)")
    }

    @Test("off on request: straight quotes and double hyphens stay")
    func offOnRequest() {
        let options = MarkupOptions(smartPunctuation: false)
        #expect(Markup.html("Dijo \"comillas\" y 'simples'.", options: options) == "<p>Dijo &quot;comillas&quot; y 'simples'.</p>\n")
        #expect(Markup.html("2015--2017...", options: options) == "<p>2015--2017...</p>\n")
        #expect(Markup.parse("\"Iquique\" -- ...", options: options).root.plainText == "\"Iquique\" -- ...")
    }

    @Test("code spans and code blocks are never made smart")
    func notInCode() {
        #expect(Markup.html("`\"a\" -- b`") == "<p><code>&quot;a&quot; -- b</code></p>\n")
        #expect(Markup.html("```\n\"a\" -- b\n```\n") == "<pre><code>&quot;a&quot; -- b\n</code></pre>\n")
    }
}
