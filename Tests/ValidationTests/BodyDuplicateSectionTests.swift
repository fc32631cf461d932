import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.duplicate-section")
struct BodyDuplicateSectionTests {
    @Test("a section written twice is reported at the second heading, naming both lines")
    func duplicate() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "1️⃣## Objetivo\n\nUno.\n\n2️⃣## Objetivo de la RME\n\nDos.\n",
        ])))
        let diagnostics = BodyFixtures.run(DuplicateSectionRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.duplicate-section", .error, at: "2️⃣")], in: marked)
        let first = marked.location("1️⃣").line, second = marked.location("2️⃣").line
        #expect(diagnostics.first?.message.es == "La sección «Objetivo» aparece dos veces: en la línea \(first) y aquí, en la línea \(second).")
    }

    @Test("a duplicate does not also count as out of order")
    func duplicateIsNotDisorder() {
        let text = BodyFixtures.experience(BodyFixtures.body() + "\n## Conformación\n\nOtra vez.\n")
        #expect(BodyFixtures.run(DuplicateSectionRule(), text).count == 1)
        #expect(BodyFixtures.run(SectionOrderRule(), text).isEmpty)
    }
}
