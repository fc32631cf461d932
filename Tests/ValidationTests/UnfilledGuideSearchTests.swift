import Testing
import TestSupport
@testable import Validation

/// The search for a guide's opening marker skips only texts where it cannot succeed.
@Suite("Unfilled guide: the marker search answers as String's search")
struct UnfilledGuideSearchTests {
    /// Texts with and without the marker, written in the ways a search by canonical equivalence still matches.
    static let texts = RealTexts.all + [
        "", "«", "»", "«Escriba aquí", "Texto «Escriba aquí el objetivo» y más", "«Escriba aqui\u{301} el nombre»",
        "«escriba aquí", "« Escriba aquí", "«\u{301}Escriba aquí", "Escriba aquí", "«Escriba aquí\u{301}", "¿«Escriba aquí»?",
        UnfilledGuide.text(for: "Nombre de la red."),
    ]

    @Test("the skipped byte pair is the marker's first scalar, «")
    func leadIsFirstScalar() {
        #expect(Array(String(UnfilledGuide.opening.unicodeScalars.first!).utf8) == [UnfilledGuide.openingLead.0, UnfilledGuide.openingLead.1])
    }

    @Test("where the marker stands, for every line and word of the real content and tricky texts")
    func range() {
        let differing = Self.texts.filter { UnfilledGuide.openingRange(in: $0) != $0.range(of: UnfilledGuide.opening) }
        #expect(differing.isEmpty, "\(differing)")
        #expect(UnfilledGuide.openingRange(in: "«Escriba aqui\u{301} el nombre»") != nil)
    }

    @Test("whether the marker is there, for every line and word of the real content and tricky texts")
    func holds() {
        let differing = Self.texts.filter { UnfilledGuide.holdsOpening($0) != $0.contains(UnfilledGuide.opening) }
        #expect(differing.isEmpty, "\(differing)")
        #expect(UnfilledGuide.holdsOpening("«Escriba aqui\u{301} el nombre»"))
        #expect(!UnfilledGuide.holdsOpening("«Escriba aquí\u{301}"), "an accent added to the í makes another character")
    }
}
