import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: closed lists")
struct FrontMatterChoiceTests {
    let rule = ChoiceValueRule()

    @Test("accepted spellings pass silently (the typed experience stores the canonical form)")
    func acceptedSpellings() throws {
        let keys = RuleHarness.validKeys
            .replacingOccurrences(of: "dependencia: [municipal]", with: "dependencia: [Particular Subvencionada, MUNICIPAL]")
            .replacingOccurrences(of: "niveles: [básica]", with: "niveles: [basica, Media TP, media cientifico-humanista]")
            + "localizacion: Urbano\n"
        #expect(RuleHarness.run(rule, RuleHarness.experience(keys)).isEmpty)
        guard case .choiceList(let values) = try #require(RuleHarness.settings.schema.field("dependencia")).type else {
            Issue.record("dependencia is not a closed list")
            return
        }
        #expect(values.canonical(for: "particular subvencionada") == "particular subvencionado")
    }

    @Test("a near miss gets an error with did-you-mean")
    func nearMiss() throws {
        let marked = RuleHarness.marked(replacing: "niveles: [básica]", with: "niveles: [1️⃣basika]")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.invalid-choice", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).hint?.es.hasPrefix("¿Quiso decir «básica»?") == true)
    }

    @Test("a value far from every one lists the possible values")
    func farOff() throws {
        let marked = RuleHarness.marked(replacing: "dependencia: [municipal]", with: "dependencia: [municipal, 1️⃣particular pagado]")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.invalid-choice", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).hint?.es.contains("servicio local") == true)
    }

    @Test("a single choice (localizacion) is checked too")
    func singleChoice() {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 2015\nlocalizacion: 1️⃣costera")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "front-matter.invalid-choice", .error, at: marked.location("1️⃣"))
    }
}
