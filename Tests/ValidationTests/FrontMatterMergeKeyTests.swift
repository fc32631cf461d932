import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: merge keys")
struct FrontMatterMergeKeyTests {
    let rule = MergeKeyRule()

    @Test("`<<` with an inline group (no alias needed) is refused, and not also called an unknown key")
    func mergeKey() {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 2015\n1️⃣<<: {provincia: Iquique}")
        let all = RuleHarness.runAll(marked.text)
        expectDiagnostic(all, "front-matter.merge-key", .error, at: marked.location("1️⃣"))
        expectNone(all, prefix: "front-matter.unknown-key")
    }

    @Test("a quoted \"<<\" is an ordinary (unknown) key, not a merge")
    func quoted() {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 2015\n\"<<\": x")
        #expect(RuleHarness.run(rule, marked.text).isEmpty)
    }
}
