import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("safety.invisible-character in headings")
struct SafetyInvisibleHeadingCharacterTests {
    @Test("a zero-width space in a heading is a warning at its column, and the section is still recognised")
    func zeroWidth() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Obje1️⃣\u{200B}tivo\n\nFortalecer.\n",
            "idea_fuerza": "## Idea2️⃣\u{FEFF} fuerza\n\nAprender.\n",
        ])))
        let diagnostics = BodyFixtures.run(InvisibleHeadingCharacterRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("safety.invisible-character", .warning, at: "1️⃣"),
            ExpectedDiagnostic("safety.invisible-character", .warning, at: "2️⃣"),
        ], in: marked)
        #expect(diagnostics.first?.message.es == "El título «Objetivo» tiene un carácter invisible (U+200B ZERO WIDTH SPACE).")
        #expect(BodyFixtures.run(UnknownHeadingRule(), marked.text).isEmpty)
        #expect(BodyFixtures.run(MissingSectionRule(), marked.text).isEmpty)
    }

    @Test("zero-width characters outside headings are left alone; front-page headings are checked")
    func elsewhere() {
        let text = BodyFixtures.experience(BodyFixtures.body(["objetivo": "## Objetivo\n\nFortale\u{200B}cer.\n"]))
        #expect(BodyFixtures.run(InvisibleHeadingCharacterRule(), text).isEmpty)
        let page = "---\ntitulo: x\n---\n\n# Presenta\u{200D}ción\n"
        #expect(BodyFixtures.run(InvisibleHeadingCharacterRule(), page, kind: .frontPage).map(\.code) == ["safety.invisible-character"])
    }
}
