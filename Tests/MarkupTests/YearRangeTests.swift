import Markup
import Testing

/// Ranges of years with an en dash and no spaces: the edition's period and the body's text as rendered.
@Suite("Markup: year ranges")
struct YearRangeTests {
    @Test("every way a period is written gives «2015–2017»", arguments: [
        "2015 - 2017", "2015-2017", "2015 – 2017", "2015—2017", "2015 — 2017", "2015–2017", "2015 -2017", "2015- 2017",
        "2015\u{2212}2017", "2015\u{2010}2017", "2015\u{A0}-\u{A0}2017",
    ])
    func periodForms(written: String) {
        #expect(YearRange.typeset(written) == "2015–2017")
    }

    @Test("other texts stay as written: one year, dates, phones, codes, backward or far years, wider spaces")
    func notRanges() {
        for text in [
            "2099", "2015", "", "2015-03-01", "2345-6789", "978-956-2015-2017", "v2015-2017", "2015-2017b", "12015-2017",
            "2017-2015", "2015-2015", "1850-1870", "2015  -  2017", "2015/2017", "2015-17", "20.2015-2017", "2015-2017.5",
        ] {
            #expect(YearRange.typeset(text) == text, "\(text)")
        }
    }

    @Test("ranges inside a sentence, several, next to punctuation")
    func inText() {
        #expect(YearRange.typeset("Entre 2015 - 2017 y (2018-2019), desde 1998-2002.") == "Entre 2015–2017 y (2018–2019), desde 1998–2002.")
        #expect(YearRange.typeset("«2015-2017»: ñandú") == "«2015–2017»: ñandú")
    }

    @Test("the body: text nodes get the en dash, split by smart punctuation or not; code spans, code blocks and addresses keep theirs")
    func body() {
        #expect(Markup.html("La red funcionó 2015 - 2017 y 2018-2019.") == "<p>La red funcionó 2015–2017 y 2018–2019.</p>\n")
        #expect(Markup.html("## Logros 2015-2017\n") == "<h2>Logros 2015–2017</h2>\n")
        #expect(Markup.html("*2015 - 2017*") == "<p><em>2015–2017</em></p>\n")
        #expect(Markup.html("[plan 2015-2017](https://x.cl/2015-2017)") == "<p><a href=\"https://x.cl/2015-2017\">plan 2015–2017</a></p>\n")
        #expect(Markup.html("`2015-2017`") == "<p><code>2015-2017</code></p>\n")
        #expect(Markup.html("```\n2015-2017\n```\n") == "<pre><code>2015-2017\n</code></pre>\n")
        // A range split by emphasis or a line break is not one text: it stays as written.
        #expect(Markup.html("*2015* - 2017") == "<p><em>2015</em> - 2017</p>\n")
        #expect(Markup.html("2015 -\n2017") == "<p>2015 -\n2017</p>\n")
    }

    @Test("a rendered subtree gets the same en dash as the whole document, and the tree keeps the text as written")
    func subtreeAndTree() throws {
        let tree = Markup.parse("- Desde 2015 - 2017.\n")
        let item = try #require(tree.allNodes.first { $0.kind == .item })
        #expect(item.html() == "<li>Desde 2015–2017.</li>\n")
        #expect(tree.root.plainText == "Desde 2015 - 2017.")
    }

    @Test("without smart punctuation the text is left as written")
    func offOnRequest() {
        #expect(Markup.html("2015 - 2017", options: MarkupOptions(smartPunctuation: false)) == "<p>2015 - 2017</p>\n")
    }
}
