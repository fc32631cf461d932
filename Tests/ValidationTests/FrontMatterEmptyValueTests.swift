import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: empty values")
struct FrontMatterEmptyValueTests {
    let rule = EmptyValueRule()

    @Test("`red: \"\"`, `establecimientos: []` and `provincia: ~` are errors on required keys")
    func requiredEmpty() {
        let marked = MarkedText(RuleHarness.experience(RuleHarness.validKeys
            .replacingOccurrences(of: "red: Red de prueba", with: "red: 1️⃣\"\"")
            .replacingOccurrences(of: "establecimientos: [Escuela Uno, Escuela Dos]", with: "establecimientos: 2️⃣[]")
            .replacingOccurrences(of: "provincia: Iquique", with: "provincia: 3️⃣~")))
        let diagnostics = RuleHarness.run(rule, marked.text)
        #expect(diagnostics.count == 3)
        for marker in ["1️⃣", "2️⃣", "3️⃣"] {
            #expect(diagnostics.contains { $0.range?.start == marked.location(marker) && $0.severity == .error && $0.code == "front-matter.empty-value" }, "\(marker)")
        }
    }

    @Test("a key with nothing after the colon is reported at the key")
    func nothingAfterColon() {
        let marked = RuleHarness.marked(replacing: "red: Red de prueba", with: "1️⃣red:")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "front-matter.empty-value", .error, at: marked.location("1️⃣"))
    }

    @Test("an optional key left empty is a warning")
    func optionalEmpty() {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 2015\ncomunas: 1️⃣[]")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "front-matter.empty-value", .warning, at: marked.location("1️⃣"))
    }

    @Test("an empty item in a list")
    func emptyItem() {
        let marked = RuleHarness.marked(
            replacing: "establecimientos: [Escuela Uno, Escuela Dos]",
            with: "establecimientos:\n  - Escuela Uno\n  - 1️⃣\"\"\n  - Escuela Dos")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "front-matter.empty-value", .error, at: marked.location("1️⃣"))
    }
}
