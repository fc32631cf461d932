import Content
import Diagnostics
import Markup
import Testing
import TestSupport
@testable import Validation

@Suite("safety.raw-html")
struct SafetyRawHTMLTests {
    static let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
        "objetivo": "## Objetivo\n\nFortalecer el 1️⃣<b onmouseover=\"alert(1)\">liderazgo2️⃣</b> pedagógico.\n\n3️⃣<script>alert(document.cookie)</script>\n",
        "idea_fuerza": "## Idea fuerza\n\nAprender entre pares 4️⃣<img src=x onerror=alert(1)>.\n\n5️⃣<!-- nota para el editor -->\n",
    ])))

    @Test("HTML blocks, tags inside a line and comments are errors at the tag")
    func reported() throws {
        let diagnostics = BodyFixtures.run(RawHTMLRule(), Self.marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("safety.raw-html", .error, at: "1️⃣"),
            ExpectedDiagnostic("safety.raw-html", .error, at: "2️⃣"),
            ExpectedDiagnostic("safety.raw-html", .error, at: "3️⃣"),
            ExpectedDiagnostic("safety.raw-html", .error, at: "4️⃣"),
            ExpectedDiagnostic("safety.raw-html", .error, at: "5️⃣"),
        ], in: Self.marked)
        let script = try #require(diagnostics.first { $0.range?.start == Self.marked.location("3️⃣") })
        #expect(script.message.es == "El texto tiene HTML («<script>alert(document.cookie)</script>»); el folleto no publica HTML.")
    }

    @Test("front pages are checked too; a long tag is shortened in the message")
    func frontPagesAndQuoting() throws {
        let long = "<div class=\"" + String(repeating: "x", count: 200) + "\">"
        let diagnostics = BodyFixtures.run(RawHTMLRule(), "---\ntitulo: x\n---\n\n\(long)\n", kind: .frontPage)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.range?.start == Diagnostics.SourceLocation(line: 5, column: 1))
        #expect(diagnostic.message.es.contains(String(long.prefix(RawHTMLRule.quotedLength)) + "…»"))
    }

    @Test("text that only mentions tags, in code or escaped, is not HTML")
    func notHTML() {
        let text = BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\nEl símbolo \\<b> y el código `<script>` no son HTML; 3 < 5 tampoco.\n",
        ]))
        #expect(BodyFixtures.run(RawHTMLRule(), text).isEmpty)
    }

    @Test("150 bold words from a pasted page (300 tags) give the first 100 in full and one that counts the other 200, at the 101st")
    func capped() throws {
        let tags = (1...150).map { "Punto \($0) <b>negrita</b>" }
        let text = BodyFixtures.experience(BodyFixtures.body(["objetivo": "## Objetivo\n\n" + tags.joined(separator: "\n\n") + "\n"]))
        let diagnostics = BodyFixtures.runAll(text).filter { $0.code == "safety.raw-html" }
        let limit = CappedRule.standardLimit
        #expect(limit == 100)
        // Two tags (open and close) per paragraph: 300 found, 100 shown, 200 counted.
        #expect(diagnostics.count == limit + 1)
        let summary = try #require(diagnostics.last)
        #expect(summary.message.es == "Hay 200 casos más de «safety.raw-html» en este archivo, desde aquí; se mostraron los primeros 100.")
        #expect(summary.severity == .error)
        // The 101st tag is the opening tag of paragraph 51: the first at line 22, two lines apart, after "Punto 51 ".
        #expect(summary.range?.start == Diagnostics.SourceLocation(line: 122, column: 10))
    }
}
