import Content
import Foundation
@testable import Rendering
import Testing
import TestSupport

/// Values are escaped by default; only the Markup module's safe-mode HTML is inserted as HTML.
@Suite struct EscapingTests {
    func booklet(_ experiences: [Experience], info: EditionInfo = FixtureEdition.info()) throws -> String {
        try Rendered.text("prueba/booklet.html", in: Rendered.files(FixtureEdition.edition(experiences, info: info)))
    }

    @Test func frontMatterValuesComeOutEscaped() throws {
        let html = try booklet([FixtureEdition.experience(
            provincia: "Iquique\" onmouseover=\"alert(2)", red: "<script>alert(1)</script> & <b>Red</b>"
        )])
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>Red"))
        #expect(!html.contains("\" onmouseover="))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Red&lt;/b&gt;"))
        #expect(html.contains("Iquique&quot; onmouseover=&quot;alert(2)"))
    }

    @Test func editionValuesComeOutEscaped() throws {
        var info = FixtureEdition.info()
        info.titulo = "</title><script>alert(1)</script>"
        info.agradecimientos = "<img src=x onerror=alert(1)>"
        info.isbn = "\"><svg onload=alert(1)>"
        let html = try booklet([FixtureEdition.experience()], info: info)
        for unsafe in ["<script", "<img", "<svg"] {
            #expect(!html.contains(unsafe), "\(unsafe)")
        }
        #expect(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    }

    @Test func markupHTMLStaysHTMLAndRawHTMLNeverPasses() throws {
        let body = FixtureEdition.defaultBody.replacingOccurrences(
            of: "Objetivo de prueba.",
            with: "Objetivo **fuerte** con [enlace](https://www.mineduc.cl) y [otro](javascript:alert(1)).\n\n<script>alert(1)</script>\n\n<div onclick=\"x()\">caja</div>"
        ).replacingOccurrences(of: "- Práctica uno.", with: "- Práctica *uno* <img src=x onerror=alert(1)>.")
        let html = try booklet([FixtureEdition.experience(markdown: body)])
        #expect(html.contains("Objetivo <strong>fuerte</strong> con <a href=\"https://www.mineduc.cl\">enlace</a>"))
        #expect(html.contains("<li>Práctica <em>uno</em> <!-- raw HTML omitted -->.</li>"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("onerror"))
    }

    @Test func anchorsAreCleanWhateverTheFileName() {
        let experience = FixtureEdition.experience(slug: "Los \"Ríos\" <2>")
        #expect(AnchorID.chapter(experience) == "experiencia-los-rios-2")
        #expect(AnchorID.sanitized("¿¿??") == "x")
        #expect(AnchorID.frontPage("que-es-una-rme") == "pagina-que-es-una-rme")
    }
}

/// The byte-level escaping the templates use, against swift-mustache's own and against a grapheme trap.
@Suite struct HTMLEscapingTests {
    @Test(arguments: ["", "plain", "a & b", "<script>", "\"quoted\" and 'single'", "ñandú «día» 😀", "&amp;"])
    func escapesTheFiveSpecials(_ text: String) {
        var expected = ""
        for character in text {
            switch character {
            case "&": expected += "&amp;"
            case "<": expected += "&lt;"
            case ">": expected += "&gt;"
            case "\"": expected += "&quot;"
            case "'": expected += "&#39;"
            default: expected.append(character)
            }
        }
        #expect(HTMLEscaping.escape(text) == expected)
    }

    @Test func aQuoteCarryingACombiningMarkIsStillEscaped() throws {
        // `"` + U+0301 is one Character, so a Character-by-Character escaper leaves the quote raw.
        var info = FixtureEdition.info()
        info.descripcion = "x\"\u{301} onfocus=\"alert(1)"
        let html = try Rendered.text("prueba/booklet.html", in: Rendered.files(FixtureEdition.edition([FixtureEdition.experience()], info: info)))
        #expect(html.contains("<meta name=\"description\" content=\"x&quot;\u{301} onfocus=&quot;alert(1)\">"))
        #expect(!html.contains("onfocus=\""))
    }
}
