import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.heading-level")
struct BodyHeadingLevelTests {
    static let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
        "objetivo": "1️⃣# Objetivo\n\nFortalecer el liderazgo.\n",
        "idea_fuerza": "2️⃣### Idea fuerza\n\nAprender entre pares.\n",
    ])))

    @Test("a section heading at level 1 or 3 is an error at the heading")
    func wrongLevels() throws {
        let diagnostics = BodyFixtures.run(HeadingLevelRule(), Self.marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.heading-level", .error, at: "1️⃣"),
            ExpectedDiagnostic("body.heading-level", .error, at: "2️⃣"),
        ], in: Self.marked)
        let first = try #require(diagnostics.first)
        #expect(first.message.es == "El título «# Objetivo» usa '#'; los títulos de sección se escriben con '##'.")
        #expect(first.hint?.es == "Escriba '## Objetivo' (dos signos # y un espacio).")
    }

    @Test("the misplaced level still opens its section: nothing is reported missing, out of order or unknown")
    func noCascade() {
        let text = Self.marked.text
        #expect(BodyFixtures.run(MissingSectionRule(), text).isEmpty)
        #expect(BodyFixtures.run(SectionOrderRule(), text).isEmpty)
        #expect(BodyFixtures.run(UnknownHeadingRule(), text).isEmpty)
        #expect(BodyFixtures.run(UnexpectedBlockRule(), text).isEmpty)
    }

    @Test("the eight sections at level 2 give nothing")
    func rightLevel() {
        #expect(BodyFixtures.run(HeadingLevelRule(), BodyFixtures.experience(BodyFixtures.body())).isEmpty)
    }
}
