import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: YAML syntax")
struct InputYAMLSyntaxTests {
    let rule = YAMLSyntaxRule()

    @Test("a `: ` inside an unquoted value: Spanish explanation, libyaml's English kept")
    func colonInValue() throws {
        let marked = MarkedText("---\nregion: Tarapacá\nred: Red Norte1️⃣: liceos técnicos\n---\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "yaml.syntax", .error, at: marked.location("1️⃣"))
        let found = try #require(diagnostics.first)
        #expect(found.message.es.contains("«:»"))
        #expect(found.message.en.contains("mapping values are not allowed"))
        #expect(found.hint?.es.contains("comillas") == true)
    }

    @Test("a list never closed with `]`: libyaml notices at the next `key:` and says so")
    func unclosedFlowList() throws {
        let marked = MarkedText("---\nregion: Tarapacá\ndependencia: [municipal\nniveles1️⃣: [básica]\n---\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "yaml.syntax", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).message.es.contains("«]»"))
    }

    @Test("a key whose indentation does not match the others")
    func badIndentation() throws {
        let marked = MarkedText("---\nregion: Tarapacá\n  provincia: Iquique\nred: Red\n---\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        #expect(diagnostics.count == 1)
        let found = try #require(diagnostics.first)
        #expect(found.code == "yaml.syntax")
        #expect(found.range?.start.line == 3)
        #expect(YAMLSyntaxTranslation.spanish(for: found.message.en) != nil, "untranslated: \(found.message.en)")
    }

    @Test("an unknown complaint keeps libyaml's words in both languages")
    func untranslated() {
        #expect(YAMLSyntaxTranslation.spanish(for: "something libyaml never said") == nil)
        let place = SourceLocation(line: 2, column: 3)
        let wording = YAMLFindingWording(.syntax(problem: "something libyaml never said", place), block: (es: "el encabezado", en: "the front matter"))
        #expect(wording.message.es.contains("something libyaml never said"))
        #expect(wording.range == SourceRange(place))
    }
}
