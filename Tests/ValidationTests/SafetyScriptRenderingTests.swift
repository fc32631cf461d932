import Content
import Diagnostics
import Markup
import Testing
import TestSupport
@testable import Validation

@Suite("a hostile experience is reported and renders harmless")
struct SafetyScriptRenderingTests {
    static let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
        "objetivo": "## Objetivo\n\nFortalecer 1️⃣<img src=x onerror=\"alert(1)\"> el 2️⃣[liderazgo](javascript:alert(document.cookie)).\n\n3️⃣<script>alert(1)</script>\n",
        "aprendizajes": "## Aprendizajes y logros\n\n- Confianza 4️⃣<span onmouseover=alert(1)>sí5️⃣</span>.\n- 6️⃣![foto](jav&#x61;script:alert(1))\n",
    ])))

    @Test("every piece is an error at its place")
    func reported() {
        let diagnostics = BodyFixtures.runAll(Self.marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("safety.raw-html", .error, at: "1️⃣"),
            ExpectedDiagnostic("safety.unsafe-url", .error, at: "2️⃣"),
            ExpectedDiagnostic("safety.raw-html", .error, at: "3️⃣"),
            ExpectedDiagnostic("safety.raw-html", .error, at: "4️⃣"),
            ExpectedDiagnostic("safety.raw-html", .error, at: "5️⃣"),
            ExpectedDiagnostic("safety.unsafe-url", .error, at: "6️⃣"),
        ], in: Self.marked)
    }

    @Test("the rendered sections hold no script, no event handler and no javascript: address")
    func rendersHarmless() throws {
        let document = BodyFixtures.context(Self.marked.text)
        let parts = try #require(document.sections?.parts)
        let sections = parts.compactMap { part in
            part.sectionID.map { ExperienceSection(id: $0, heading: part.title, blocks: part.blocks) }
        }
        #expect(sections.count == 8)
        let html = sections.map(\.html).joined() + sections.flatMap(\.listItemsHTML).joined()
        + (document.document.body?.html() ?? "<script")
        for forbidden in ["<script", "onerror", "onmouseover", "javascript:", "<img src=\"x\"", "<span"] {
            #expect(!html.lowercased().contains(forbidden), "rendered HTML contains \(forbidden)")
        }
        // The text around the removed pieces is still there.
        #expect(html.contains("Fortalecer"))
        // The refused link is unwrapped: its text stays, with no <a> around it.
        #expect(html.contains("liderazgo") && !html.contains(">liderazgo</a>"))
    }
}
