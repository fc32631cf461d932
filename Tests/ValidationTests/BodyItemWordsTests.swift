import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.item-words")
struct BodyItemWordsTests {
    @Test("a long item is a warning, a very long one an error, each at its item; at the threshold it passes")
    func thresholds() throws {
        let limit = try #require(BodyFixtures.schema.section("aprendizajes")?.wordsPerItem)
        let warning = try #require(limit.warning), error = try #require(limit.error)
        let words = { (count: Int) in Array(repeating: "palabra", count: count).joined(separator: " ") }
        // The long item runs over two lines and two paragraphs: all of it counts.
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "aprendizajes": """
                ## Aprendizajes y logros

                - Confianza.
                1️⃣- \(words(warning + 1))
                2️⃣- \(words(error / 2))
                  \(words(error / 4))

                  \(words(error + 1 - error / 2 - error / 4))
                - \(words(warning))

                """,
        ])))
        let diagnostics = BodyFixtures.run(ItemWordsRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.item-words", .warning, at: "1️⃣"),
            ExpectedDiagnostic("body.item-words", .error, at: "2️⃣"),
        ], in: marked)
        #expect(diagnostics.last?.message.es == "El punto 3 de «Aprendizajes y logros» tiene \(error + 1) palabras; el máximo es \(error).")
    }
}
