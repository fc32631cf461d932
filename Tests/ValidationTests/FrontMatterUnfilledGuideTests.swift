import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: unfilled guides")
struct FrontMatterUnfilledGuideTests {
    let rule = UnfilledGuideValueRule()

    @Test("a value that is still the schema's guide is an error, and no other rule judges it")
    func guideLeft() throws {
        let guide = try #require(RuleHarness.settings.schema.field("provincia")?.guide)
        let marked = RuleHarness.marked(replacing: "provincia: Iquique", with: "provincia: 1️⃣\"\(guide)\"")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.unfilled-guide", .error, at: marked.location("1️⃣"))
        let all = RuleHarness.runAll(marked.text).filter { $0.code.hasPrefix("front-matter.") }
        #expect(all.map(\.code) == ["front-matter.unfilled-guide"])
    }

    @Test("a guide in a year field is reported as unfilled, not as a bad year")
    func guideInYear() throws {
        let guide = try #require(RuleHarness.settings.schema.field("desde")?.guide)
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 1️⃣\"\(guide)\"")
        let all = RuleHarness.runAll(marked.text).filter { $0.code.hasPrefix("front-matter.") }
        #expect(all.map(\.code) == ["front-matter.unfilled-guide"])
        #expect(all.first?.range?.start == marked.location("1️⃣"))
    }

    @Test("real values are not guides")
    func realValues() {
        #expect(RuleHarness.run(rule, RuleHarness.experience(RuleHarness.validKeys)).isEmpty)
    }
}
