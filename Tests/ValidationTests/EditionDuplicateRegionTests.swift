import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Edition: duplicate regions")
struct EditionDuplicateRegionTests {
    let rule = DuplicateRegionRule()

    @Test("two experiences of one region (in two spellings): an error on the second, naming both files")
    func duplicate() throws {
        let first = RuleHarness.context(RuleHarness.experience(RuleHarness.validKeys), path: "2099/experiencias/tarapaca.md")
        let marked = RuleHarness.marked(replacing: "region: Tarapacá", with: "region: 1️⃣tarapaca")
        let second = RuleHarness.context(marked.text, path: "2099/experiencias/tarapaca-2.md")
        var diagnostics: [Diagnostic] = []
        rule.check([first, second], RuleHarness.settings, into: &diagnostics)
        expectDiagnostic(diagnostics, "edition.duplicate-region", .error, at: marked.location("1️⃣"))
        let found = try #require(diagnostics.first)
        #expect(found.file == "2099/experiencias/tarapaca-2.md")
        #expect(found.message.es.contains("«tarapaca.md»") && found.message.es.contains("«tarapaca-2.md»"))
    }

    @Test("an edition that allows several per region says nothing")
    func allowed() {
        var settings = RuleHarness.settings
        settings.schema.onePerRegion = false
        let documents = ["a.md", "b.md"].map { RuleHarness.context(RuleHarness.experience(RuleHarness.validKeys), path: $0) }
        var diagnostics: [Diagnostic] = []
        rule.check(documents, settings, into: &diagnostics)
        #expect(diagnostics.isEmpty)
    }

    @Test("different regions are fine")
    func different() {
        let other = RuleHarness.validKeys.replacingOccurrences(of: "region: Tarapacá", with: "region: rm")
        let documents = [RuleHarness.context(RuleHarness.experience(RuleHarness.validKeys), path: "a.md"),
                         RuleHarness.context(RuleHarness.experience(other), path: "b.md")]
        var diagnostics: [Diagnostic] = []
        rule.check(documents, RuleHarness.settings, into: &diagnostics)
        #expect(diagnostics.isEmpty)
    }
}
