import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Edition: files that make the same page")
struct EditionSamePageTests {
    let rule = SamePageRule()

    @Test("`Tarapacá.md` and `tarapaca.md` would write one page: an error naming both")
    func accentsAndCase() throws {
        let text = RuleHarness.experience(RuleHarness.validKeys)
        let documents = ["e/Tarapacá.md", "e/tarapaca.md"].map { RuleHarness.context(text, path: $0) }
        var diagnostics: [Diagnostic] = []
        rule.check(documents, RuleHarness.settings, into: &diagnostics)
        expectDiagnostic(diagnostics, "edition.same-page", .error, at: nil)
        let found = try #require(diagnostics.first)
        #expect(found.file == "e/tarapaca.md")
        #expect(found.message.es.contains("«Tarapacá.md»") && found.message.es.contains("«tarapaca.md»"))
    }

    @Test("spaces and hyphens fold too: `Los Ríos.md` and `los-rios.md`")
    func spaces() {
        let text = RuleHarness.experience(RuleHarness.validKeys)
        let documents = ["e/Los Ríos.md", "e/los-rios.md"].map { RuleHarness.context(text, path: $0) }
        var diagnostics: [Diagnostic] = []
        rule.check(documents, RuleHarness.settings, into: &diagnostics)
        #expect(diagnostics.map(\.code) == ["edition.same-page"])
    }

    @Test("distinct names are distinct pages")
    func distinct() {
        let text = RuleHarness.experience(RuleHarness.validKeys)
        let documents = ["e/tarapaca.md", "e/tarapaca-2.md"].map { RuleHarness.context(text, path: $0) }
        var diagnostics: [Diagnostic] = []
        rule.check(documents, RuleHarness.settings, into: &diagnostics)
        #expect(diagnostics.isEmpty)
    }
}
