import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: YAML whitespace")
struct InputYAMLWhitespaceTests {
    let rule = YAMLWhitespaceRule()

    @Test("a tab in the indentation of a list item")
    func tab() {
        let marked = MarkedText("---\nregion: Tarapacá\nestablecimientos:\n1️⃣\t- Escuela Uno\n---\n")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "yaml.tab", .error, at: marked.location("1️⃣"))
    }

    @Test("a non-breaking space after `:` is reported, explaining that the block became one string")
    func nonBreakingSpace() throws {
        let marked = MarkedText("---\nregion:1️⃣\u{00A0}Tarapacá\nprovincia: Iquique\n---\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "yaml.non-breaking-space", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).message.es.contains("un solo texto"))
    }

    @Test("with a non-breaking space, no key is read, so no missing-key or unknown-key noise follows")
    func noNoiseAfterNonBreakingSpace() {
        let text = RuleHarness.experience(RuleHarness.validKeys.replacingOccurrences(of: "region: ", with: "region:\u{00A0}"))
        let diagnostics = RuleHarness.runAll(text)
        #expect(diagnostics.filter { $0.code.hasPrefix("front-matter.") }.isEmpty)
        #expect(diagnostics.contains { $0.code == "yaml.non-breaking-space" })
    }

    @Test("a non-breaking space inside a value is just text")
    func insideValue() {
        let text = RuleHarness.experience(RuleHarness.validKeys.replacingOccurrences(of: "Red de prueba", with: "Red\u{00A0}de prueba"))
        #expect(RuleHarness.run(rule, text).isEmpty)
    }
}
