import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: YAML depth")
struct InputYAMLDepthTests {
    let rule = YAMLDepthRule()

    @Test("flow brackets nested deeper than any front matter needs are refused at the first one too deep")
    func deepFlow() {
        let marked = MarkedText("---\nniveles: " + String(repeating: "[", count: 16) + "1️⃣[[[x]]]" + "\n---\n")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "yaml.too-deep", .error, at: marked.location("1️⃣"))
    }

    @Test("indentation past 64 columns is refused")
    func deepIndentation() {
        let marked = MarkedText("---\nregion: Tarapacá\n" + String(repeating: " ", count: 70) + "1️⃣x: y\n---\n")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "yaml.too-deep", .error, at: marked.location("1️⃣"))
    }

    @Test("a thousand nested brackets return at once with the refusal and nothing composed")
    func thousandBrackets() {
        let text = "---\nniveles: " + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000) + "\n---\n"
        let diagnostics = RuleHarness.runAll(text)
        #expect(diagnostics.contains { $0.code == "yaml.too-deep" })
        expectNone(diagnostics, prefix: "front-matter.")
    }
}
