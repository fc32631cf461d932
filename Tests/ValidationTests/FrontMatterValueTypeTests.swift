import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: value types")
struct FrontMatterValueTypeTests {
    let rule = ValueTypeRule()

    @Test("a single text where a list is expected: error with the bracketed form as hint")
    func textForList() throws {
        let marked = RuleHarness.marked(replacing: "dependencia: [municipal]", with: "dependencia: 1️⃣municipal")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.wrong-type", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).hint?.es.contains("[municipal]") == true)
    }

    @Test("a list where one text or a year is expected")
    func listForText() {
        let marked = MarkedText(RuleHarness.experience(RuleHarness.validKeys
            .replacingOccurrences(of: "red: Red de prueba", with: "red: 1️⃣[Red Uno, Red Dos]")
            .replacingOccurrences(of: "desde: 2015", with: "desde:\n  2️⃣- 2015")))
        let diagnostics = RuleHarness.run(rule, marked.text)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.contains { $0.range?.start == marked.location("1️⃣") && $0.code == "front-matter.wrong-type" })
        #expect(diagnostics.contains { $0.range?.start == marked.location("2️⃣") && $0.message.en.contains("a year") })
    }

    @Test("a group of keys where a text is expected, and a list inside a list")
    func nested() {
        let marked = MarkedText(RuleHarness.experience(RuleHarness.validKeys
            .replacingOccurrences(of: "provincia: Iquique", with: "provincia: 1️⃣{nombre: Iquique}")
            .replacingOccurrences(of: "niveles: [básica]", with: "niveles: [básica, 2️⃣[media técnico profesional]]")))
        let diagnostics = RuleHarness.run(rule, marked.text)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.contains { $0.range?.start == marked.location("1️⃣") })
        #expect(diagnostics.contains { $0.range?.start == marked.location("2️⃣") && $0.message.es.contains("una lista dentro de la lista") })
    }

    @Test("the valid front matter has every value in its shape")
    func valid() {
        #expect(RuleHarness.run(rule, RuleHarness.experience(RuleHarness.validKeys)).isEmpty)
    }
}
