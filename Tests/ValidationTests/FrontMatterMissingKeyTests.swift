import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: missing keys")
struct FrontMatterMissingKeyTests {
    let rule = MissingKeyRule()

    @Test("each missing required key is reported once, at the opening fence")
    func missingKeys() {
        let marked = RuleHarness.marked(replacing: "provincia: Iquique\nred: Red de prueba\n", with: "")
        let diagnostics = RuleHarness.run(rule, marked.text)
        #expect(Set(diagnostics.map(\.message.en)) == ["The front matter lacks the required key `provincia`.", "The front matter lacks the required key `red`."])
        #expect(diagnostics.allSatisfy { $0.code == "front-matter.missing-key" && $0.severity == .error && $0.range?.start == SourceLocation(line: 1, column: 1) })
    }

    @Test("a misspelt key is not also reported missing: the unknown-key diagnostic names it")
    func misspeltNotMissing() {
        let marked = RuleHarness.marked(replacing: "region: Tarapacá", with: "1️⃣región: Tarapacá")
        let all = RuleHarness.runAll(marked.text)
        expectNone(all, prefix: "front-matter.missing-key")
        expectDiagnostic(all, "front-matter.unknown-key", .error, at: marked.location("1️⃣"))
    }

    @Test("optional keys (localizacion, comunas, enfasis) may be absent")
    func optionalAbsent() {
        #expect(RuleHarness.run(rule, RuleHarness.experience(RuleHarness.validKeys)).isEmpty)
    }

    @Test("an empty front matter lacks every required key")
    func emptyFrontMatter() {
        let diagnostics = RuleHarness.run(rule, "---\n---\n" + RuleHarness.body)
        #expect(diagnostics.count == RuleHarness.settings.schema.fields.filter(\.required).count)
    }

    @Test("a key present with an empty value is not missing (the empty-value rule reports it)")
    func presentButEmpty() {
        let marked = RuleHarness.marked(replacing: "red: Red de prueba", with: "red:")
        #expect(RuleHarness.run(rule, marked.text).isEmpty)
    }

    @Test("a refused YAML block gives no missing-key noise")
    func refusedBlock() {
        let marked = RuleHarness.marked(replacing: "red: Red de prueba", with: "red: &a x")
        #expect(RuleHarness.run(rule, marked.text).isEmpty)
    }

    @Test("a front page needs only `titulo`")
    func frontPage() {
        let missing = RuleHarness.run(rule, "---\nautor: Mineduc\n---\n\nTexto.\n", kind: .frontPage)
        expectDiagnostic(missing, "front-matter.missing-key", .error, at: SourceLocation(line: 1, column: 1))
        #expect(RuleHarness.run(rule, "---\ntitulo: \"¿Qué es una RME?\"\n---\n\nTexto.\n", kind: .frontPage).isEmpty)
    }
}
