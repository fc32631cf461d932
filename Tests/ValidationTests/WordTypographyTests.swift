import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

/// What Word does to a Markdown file typed in it: curly quotes around values, dashes for the `---` fences.
@Suite("Word's typography in an experience file")
struct WordTypographyTests {
    @Test("a value in curly quotes is one error naming the quotes, at the value; no second error about the year or the choice",
          arguments: [("desde: 2015", "desde: 1️⃣“2015”"), ("red: Red de prueba", "red: 1️⃣“Red de prueba”"),
                      ("region: Tarapacá", "region: 1️⃣«Tarapacá»")])
    func curlyQuotes(_ original: String, _ replaced: String) throws {
        let marked = RuleHarness.marked(replacing: original, with: replaced)
        let diagnostics = RuleHarness.runAll(bytes: Array(marked.text.utf8)).filter { $0.severity == .error }
        expectDiagnostic(diagnostics, "front-matter.typographic-quotes", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).hint?.es.contains("comillas rectas") == true)
    }

    @Test("straight quotes, quotes inside a value and the skeleton's «Escriba aquí» guide are not curly-quoted values")
    func notCurly() {
        for value in ["red: \"Red de prueba\"", "red: Red “Norte” de prueba", "red: “Norte” y “Sur”"] {
            let text = RuleHarness.marked(replacing: "red: Red de prueba", with: value).text
            expectNone(RuleHarness.runAll(bytes: Array(text.utf8)), prefix: "front-matter.typographic")
        }
        #expect(TypographicQuotes.unwrapped("«Escriba aquí el nombre»") == nil)
        #expect(TypographicQuotes.unwrapped("“Iquique”") == "Iquique")
    }

    @Test("fences Word turned into dashes are one error at the first; the keys and sections are read as meant")
    func dashedFences() throws {
        let text = RuleHarness.experience(RuleHarness.validKeys)
        var lines = text.components(separatedBy: "\n")
        lines[0] = "—"
        let closing = try #require(lines.indices.dropFirst().first { lines[$0] == "---" })
        lines[closing] = "–––"
        let diagnostics = RuleHarness.runAll(bytes: Array(lines.joined(separator: "\n").utf8))
        expectDiagnostic(diagnostics.filter { $0.severity == .error }, "input.typographic-fence", .error, at: SourceLocation(line: 1, column: 1))
        #expect(try #require(diagnostics.first { $0.code == "input.typographic-fence" }).message.es.contains("las líneas 1 y \(closing + 1)"))
    }
}
