import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: front-matter fences")
struct InputFrontMatterFenceTests {
    let rule = FrontMatterFenceRule()

    @Test("a body without front matter is reported at line 1")
    func missing() {
        let diagnostics = RuleHarness.run(rule, RuleHarness.body)
        expectDiagnostic(diagnostics, "input.no-front-matter", .error, at: SourceLocation(line: 1, column: 1))
    }

    @Test("a `---` below a blank first line: the message names the line where it stands")
    func lateFence() throws {
        let diagnostics = RuleHarness.run(rule, "\n" + RuleHarness.experience(RuleHarness.validKeys))
        expectDiagnostic(diagnostics, "input.no-front-matter", .error, at: SourceLocation(line: 1, column: 1))
        #expect(try #require(diagnostics.first).message.es.contains("línea 2"))
    }

    @Test("an unclosed front matter names its opening line and the heading where the body was assumed to start")
    func unclosed() throws {
        let marked = MarkedText("1️⃣---\nregion: Tarapacá\nred: Red de prueba\n\n## Conformación\n\nTexto.\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "input.unclosed-front-matter", .error, at: marked.location("1️⃣"))
        let message = try #require(diagnostics.first).message.es
        #expect(message.contains("línea 1"))
        #expect(message.contains("línea 5"))
    }

    @Test("a byte-order mark and CRLF line ends are accepted, and later lines keep their numbers")
    func bomAndCRLF() {
        let text = RuleHarness.experience(RuleHarness.validKeys.replacingOccurrences(of: "red: Red de prueba\n", with: "red: Red de prueba\nnombre: x\n"))
        let crlf = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let diagnostics = RuleHarness.runAll(bytes: crlf)
        expectNone(diagnostics, prefix: "input.")
        expectNone(diagnostics, prefix: "yaml.")
        // `nombre` stands on file line 5 (fence, region, provincia, red, nombre).
        expectDiagnostic(diagnostics, "front-matter.unknown-key", .error, at: SourceLocation(line: 5, column: 1))
    }

    @Test("lone CR line ends (old Mac) are accepted, lines still right")
    func loneCR() {
        let text = RuleHarness.experience(RuleHarness.validKeys.replacingOccurrences(of: "desde: 2015", with: "desde: 2031"))
        let diagnostics = RuleHarness.runAll(bytes: Array(text.replacingOccurrences(of: "\n", with: "\r").utf8))
        expectNone(diagnostics, prefix: "input.")
        expectDiagnostic(diagnostics, "front-matter.year-out-of-range", .error, at: SourceLocation(line: 5, column: 8))
    }

    @Test("a well-fenced file gives nothing")
    func wellFenced() {
        #expect(RuleHarness.run(rule, RuleHarness.experience(RuleHarness.validKeys)).isEmpty)
    }
}
