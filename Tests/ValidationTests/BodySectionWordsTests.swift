import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.section-words")
struct BodySectionWordsTests {
    /// A paragraph of `count` words.
    static func words(_ count: Int) -> String {
        Array(repeating: "palabra", count: count).joined(separator: " ")
    }

    /// A section's word limit in the schema, both thresholds present.
    static func limit(_ id: String) throws -> (warning: Int, error: Int) {
        let limit = try #require(BodyFixtures.schema.section(id)?.words)
        return (try #require(limit.warning), try #require(limit.error))
    }

    @Test("over the warning threshold is a warning, over the error threshold an error, both at the heading")
    func thresholds() throws {
        let objetivo = try Self.limit("objetivo"), idea = try Self.limit("idea_fuerza")
        // Two paragraphs, so words are counted across them; lone dashes and bullets are no words.
        let half = objetivo.error / 2
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "1️⃣## Objetivo\n\n\(Self.words(half))\n\n\(Self.words(objetivo.error + 1 - half)) – ·\n",
            "idea_fuerza": "2️⃣## Idea fuerza\n\n\(Self.words(idea.warning + 1))\n",
        ])))
        let diagnostics = BodyFixtures.run(SectionWordsRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.section-words", .error, at: "1️⃣"),
            ExpectedDiagnostic("body.section-words", .warning, at: "2️⃣"),
        ], in: marked)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.message.es == "La sección «Objetivo» tiene \(objetivo.error + 1) palabras; el máximo es \(objetivo.error).")
        let warning = try #require(diagnostics.first { $0.severity == .warning })
        #expect(warning.message.es == "La sección «Idea fuerza» tiene \(idea.warning + 1) palabras; se recomiendan hasta \(idea.warning).")
    }

    @Test("exactly at a threshold passes; a list's items are counted one by one")
    func atThreshold() throws {
        let objetivo = try Self.limit("objetivo"), practicas = try Self.limit("practicas")
        // Items whose words add up to the warning threshold exactly.
        var items = (0..<5).map { _ in "- " + Self.words(practicas.warning / 5) }
        if practicas.warning % 5 > 0 { items.append("- " + Self.words(practicas.warning % 5)) }
        let text = BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\n\(Self.words(objetivo.warning))\n",
            "practicas": "## Para movilizar el objetivo\n\n" + items.joined(separator: "\n") + "\n",
        ]))
        #expect(BodyFixtures.run(SectionWordsRule(), text).isEmpty)
        // One more item of one word: had the items' texts been glued together, this word would merge with its neighbour.
        let longer = text.replacingOccurrences(of: "## Para movilizar el objetivo\n\n", with: "## Para movilizar el objetivo\n\n- uno\n")
        #expect(BodyFixtures.run(SectionWordsRule(), longer).map(\.severity) == [.warning])
    }
}
