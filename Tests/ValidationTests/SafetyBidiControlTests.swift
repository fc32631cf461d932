import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("safety.bidi-control and safety.bidi-mark")
struct SafetyBidiControlTests {
    @Test("overrides and isolates are errors, marks are warnings, in the front matter and the body, at their character column")
    func found() throws {
        let frontMatter = BodyFixtures.frontMatter.replacingOccurrences(of: "red: Red de prueba", with: "red: Red de 1️⃣\u{2067}prueba\u{2069}")
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\nFortalecer según acción 2️⃣\u{202E}lanigiro\u{202C} y más.\n\nTexto con marca 3️⃣\u{200F}invisible.\n",
        ]), frontMatter: frontMatter))
        let diagnostics = BodyFixtures.run(BidiControlRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("safety.bidi-control", .error, at: "1️⃣"),
            ExpectedDiagnostic("safety.bidi-control", .error, at: "2️⃣"),
            ExpectedDiagnostic("safety.bidi-mark", .warning, at: "3️⃣"),
        ], in: marked)
        let override = try #require(diagnostics.first { $0.range?.start == marked.location("2️⃣") })
        #expect(override.message.es.hasPrefix("Carácter invisible de control de dirección U+202E RIGHT-TO-LEFT OVERRIDE (2 en esta línea)"))
        #expect(marked.location("2️⃣").column == 25)
    }

    @Test("a line with a mark and an override is one error; past the cap, one diagnostic sums up the rest")
    func capped() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\nUno 1️⃣\u{200E}dos \u{202D}tres.\n",
        ])))
        expectDiagnostics(BodyFixtures.run(BidiControlRule(), marked.text), [
            ExpectedDiagnostic("safety.bidi-control", .error, at: "1️⃣"),
        ], in: marked)

        let many = (0..<(BidiControlRule.maxReportedLines + 7)).map { "Línea \u{200F}\($0)" }.joined(separator: "\n\n")
        let diagnostics = BodyFixtures.run(BidiControlRule(), BodyFixtures.experience(BodyFixtures.body(["objetivo": "## Objetivo\n\n\(many)\n"])))
        #expect(diagnostics.count == BidiControlRule.maxReportedLines + 1)
        let summary = try #require(diagnostics.last)
        #expect(summary.range == nil)
        #expect(summary.severity == .warning)
        #expect(summary.message.es == "Hay caracteres de dirección de texto invisibles en 7 líneas más de este archivo.")
    }

    @Test("the byte scan finds exactly the bidi characters and nothing else of their UTF-8 neighbourhood")
    func scan() {
        let text = "a\u{202A}b\u{2066}\u{2069}c\u{061C}—\u{2014}\u{2019}\u{200B}\u{2060}"
        let found = BidiControlRule.occurrences(in: Array(text.utf8)).map(\.value)
        #expect(found == [0x202A, 0x2066, 0x2069, 0x061C])
    }
}
