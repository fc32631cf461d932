import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: empty file")
struct InputEmptyFileTests {
    let rule = EmptyFileRule()

    @Test("zero bytes is an empty file, with no position")
    func zeroBytes() {
        expectDiagnostic(RuleHarness.run(rule, bytes: []), "input.empty", .error, at: nil)
    }

    @Test("only spaces and line breaks is an empty file too")
    func onlyWhiteSpace() {
        expectDiagnostic(RuleHarness.run(rule, " \n\t\r\n  \n"), "input.empty", .error, at: nil)
    }

    @Test("an empty file gives that one diagnostic and nothing else from any rule")
    func nothingElse() {
        #expect(RuleHarness.runAll(bytes: []).map(\.code) == ["input.empty"])
    }

    @Test("a file holding only `---` is not empty: it is an unclosed front matter")
    func onlyFence() {
        let diagnostics = RuleHarness.runAll("---\n")
        #expect(!diagnostics.contains { $0.code == "input.empty" })
        expectDiagnostic(diagnostics, "input.unclosed-front-matter", .error, at: SourceLocation(line: 1, column: 1))
    }
}
