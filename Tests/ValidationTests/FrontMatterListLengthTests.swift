import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: list lengths")
struct FrontMatterListLengthTests {
    let rule = ListLengthRule()

    @Test("more items than the maximum: reported at the first one over")
    func tooMany() {
        let marked = RuleHarness.marked(
            replacing: "dependencia: [municipal]",
            with: "dependencia: [municipal, particular subvencionado, servicio local, 1️⃣municipal]")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "front-matter.too-many-items", .error, at: marked.location("1️⃣"))
    }

    @Test("fewer than the minimum, as the schema allows a minimum above one")
    func tooFew() {
        var schema = RuleHarness.settings.schema
        let index = schema.fields.firstIndex { $0.name == "establecimientos" }!
        schema.fields[index].minItems = 3
        let marked = RuleHarness.marked(replacing: "establecimientos: [Escuela Uno, Escuela Dos]", with: "establecimientos: 1️⃣[Escuela Uno, Escuela Dos]")
        var diagnostics: [Diagnostic] = []
        rule.check(RuleHarness.context(marked.text), CheckSettings(schema: schema, currentYear: 2025), into: &diagnostics)
        expectDiagnostic(diagnostics, "front-matter.too-few-items", .error, at: marked.location("1️⃣"))
    }

    @Test("an empty list is left to the empty-value rule")
    func emptyList() {
        #expect(RuleHarness.run(rule, RuleHarness.marked(replacing: "niveles: [básica]", with: "niveles: []").text).isEmpty)
    }

    @Test("the largest real list (19 schools, Magallanes) fits")
    func realMaximum() throws {
        let schools = (1...19).map { "Escuela \($0)" }.joined(separator: ", ")
        let marked = RuleHarness.marked(replacing: "establecimientos: [Escuela Uno, Escuela Dos]", with: "establecimientos: [\(schools)]")
        #expect(RuleHarness.run(rule, marked.text).isEmpty)
    }
}
