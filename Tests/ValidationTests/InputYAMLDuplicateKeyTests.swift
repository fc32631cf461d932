import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: duplicate YAML keys")
struct InputYAMLDuplicateKeyTests {
    let rule = YAMLDuplicateKeyRule()

    @Test("a key written twice: reported at the second, naming the line of the first")
    func duplicate() throws {
        let marked = MarkedText("---\nregion: Tarapacá\nred: Red Uno\nprovincia: Iquique\n1️⃣red: Red Dos\n---\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "yaml.duplicate-key", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).message.es.contains("línea 3"))
    }

    @Test("the rest of the front matter is still checked, reading the first value")
    func restStillChecked() {
        let keys = RuleHarness.validKeys + "desde: 1999\n"
        let diagnostics = RuleHarness.runAll(RuleHarness.experience(keys))
        #expect(diagnostics.contains { $0.code == "yaml.duplicate-key" && $0.range?.start.line == 10 })
        expectNone(diagnostics, prefix: "front-matter.")
    }
}
