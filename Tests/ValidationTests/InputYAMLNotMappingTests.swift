import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: front matter that is not a mapping")
struct InputYAMLNotMappingTests {
    let rule = YAMLNotMappingRule()

    @Test("a list instead of key–value pairs")
    func list() {
        let marked = MarkedText("---\n1️⃣- Tarapacá\n- Iquique\n---\n")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "yaml.not-a-mapping", .error, at: marked.location("1️⃣"))
    }

    @Test("lines without `: ` read as one long string")
    func oneString() {
        let marked = MarkedText("---\n1️⃣region Tarapacá\nprovincia Iquique\n---\n")
        let diagnostics = RuleHarness.runAll(marked.text)
        expectDiagnostic(diagnostics, "yaml.not-a-mapping", .error, at: marked.location("1️⃣"))
        expectNone(diagnostics, prefix: "front-matter.")
    }
}
