import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.empty")
struct BodyEmptyBodyTests {
    @Test("an experience with only its front matter is reported once, at the closing fence")
    func emptyExperience() throws {
        let marked = MarkedText(BodyFixtures.frontMatter.replacingOccurrences(of: "]\n---", with: "]\n1️⃣---") + "\n\n")
        let diagnostics = BodyFixtures.runAll(marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.empty", .error, at: "1️⃣")], in: marked)
        #expect(marked.location("1️⃣").line == 10)
    }

    @Test("a front page must have text; headings are welcome there")
    func frontPages() {
        let marked = MarkedText("---\ntitulo: \"Presentación\"\n1️⃣---\n")
        expectDiagnostics(BodyFixtures.run(EmptyBodyRule(), marked.text, kind: .frontPage), [
            ExpectedDiagnostic("body.empty", .error, at: "1️⃣"),
        ], in: marked)
        let page = "---\ntitulo: \"Presentación\"\n---\n\n# Presentación\n\nTexto.\n\n- Un punto.\n"
        #expect(BodyFixtures.runAll(page, kind: .frontPage).isEmpty)
    }

    @Test("a file without front matter has no fence to point at: the position is unknown, not invented")
    func noFence() throws {
        let diagnostics = BodyFixtures.run(EmptyBodyRule(), "<!-- -->\n", kind: .frontPage)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == "body.empty")
        #expect(diagnostic.range == nil)
    }
}
