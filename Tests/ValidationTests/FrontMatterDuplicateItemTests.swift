import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: repeated list items")
struct FrontMatterDuplicateItemTests {
    let rule = DuplicateItemRule()

    @Test("a school written twice (accents and case aside) is a warning at the second, naming the first line")
    func repeatedSchool() throws {
        let marked = RuleHarness.marked(
            replacing: "establecimientos: [Escuela Uno, Escuela Dos]",
            with: "establecimientos:\n  - Escuela Río Bueno\n  - Escuela Dos\n  - 1️⃣escuela rio bueno")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.duplicate-item", .warning, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).message.es.contains("línea 10"))
    }

    @Test("two spellings of one closed-list value are the same value")
    func sameCanonical() {
        let marked = RuleHarness.marked(replacing: "niveles: [básica]", with: "niveles: [básica, 1️⃣basica]")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "front-matter.duplicate-item", .warning, at: marked.location("1️⃣"))
    }

    @Test("similar but different names are not repeats")
    func different() {
        let marked = RuleHarness.marked(
            replacing: "establecimientos: [Escuela Uno, Escuela Dos]",
            with: "establecimientos: [Hernando de Magallanes, Liceo Polivalente Hernando de Magallanes]")
        #expect(RuleHarness.run(rule, marked.text).isEmpty)
    }
}
