import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

/// One mistake is told once: the same finding on consecutive lines, and a misspelt heading.
@Suite("Findings told once")
struct RepeatedFindingsTests {
    @Test("a list indented with tabs is one error at its first line, naming the others")
    func tabs() throws {
        let marked = MarkedText(RuleHarness.experience(RuleHarness.validKeys.replacingOccurrences(
            of: "establecimientos: [Escuela Uno, Escuela Dos]\n",
            with: "establecimientos:\n1️⃣\t- Escuela Uno\n\t- Escuela Dos\n\t- Escuela Tres\n")))
        let file = InputFile(path: "experiencias/prueba.md", bytes: Array(marked.text.utf8))
        let diagnostics = Checker.check(file, kind: .experience, settings: RuleHarness.settings).diagnostics.filter { $0.code == "yaml.tab" }
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("yaml.tab", .error, at: "1️⃣")], in: marked)
        let line = marked.location("1️⃣").line
        #expect(try #require(diagnostics.first).message.es.hasSuffix("Lo mismo en las líneas \(line + 1) a \(line + 2)."))
    }

    @Test("the same finding on lines apart, or different findings, stay separate")
    func apart() {
        func finding(_ line: Int, _ code: String = "yaml.tab") -> Diagnostic {
            Diagnostic(file: "a.md", range: SourceRange(SourceLocation(line: line, column: 1)), severity: .error, code: code,
                       message: LocalizedText(es: "x", en: "x"))
        }
        #expect(RepeatedFindings.collapsed([finding(3), finding(5)]).count == 2)
        #expect(RepeatedFindings.collapsed([finding(3), finding(4, "yaml.nbsp")]).count == 2)
        let pair = RepeatedFindings.collapsed([finding(3), finding(4)])
        #expect(pair.count == 1 && pair[0].message.es == "x Lo mismo en la línea 4.")
    }

    @Test("a misspelt heading is one error with its did-you-mean, not also a missing section")
    func misspeltHeading() {
        let text = RuleHarness.experience(RuleHarness.validKeys).replacingOccurrences(of: "## Objetivo", with: "## Objetvo")
        let errors = RuleHarness.runAll(text).filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["body.unknown-heading"])
        // A heading too far from any section still leaves the section missing.
        let unrelated = RuleHarness.experience(RuleHarness.validKeys).replacingOccurrences(of: "## Objetivo", with: "## Zzzz qqq")
        #expect(Set(RuleHarness.runAll(unrelated).filter { $0.severity == .error }.map(\.code)) == ["body.unknown-heading", "body.missing-section"])
    }
}
