import Testing
import TestSupport
@testable import Validation

/// The cross-check rules' words read from UTF-8 equal those found by walking `Character`s.
@Suite("Prose words: the byte-level reading equals the walk over Characters")
struct ProseWordsTests {
    /// Lines with emphasis marks inside and around words, digits, punctuation and typographic marks.
    static let tricky = [
        "", "**8** escuelas", "de _tres_ liceos", "es*cue*las y jar_di_nes", "«Escuela Nº 5», “Liceo A-12” — 2015…",
        "Funciona desde el año 2015.", "  ¿Qué? ¡Sí! 10:30 y 1,5", "Ñuble, Biobío y O'Higgins", "tab\there\u{A0}nbsp",
    ]

    @Test("every line and word of the real content and the contract, and tricky lines")
    func sameWords() {
        var fast = 0
        for text in RealTexts.all + Self.tricky {
            guard let words = ProseWords.loneScalarWords(text, line: 7) else { continue }
            fast += 1
            #expect(words == ProseWords.characterWords(text, line: 7), "\(text)")
        }
        #expect(fast * 10 > (RealTexts.all.count + Self.tricky.count) * 9, "most lines take the fast path")
        #expect(ProseWords.loneScalarWords("**8** escuelas", line: 1)?.map(\.text) == ["8", "escuelas"])
        #expect(ProseWords.loneScalarWords("es*cue*las", line: 1)?.first?.range.end.column == 10)
    }

    @Test("lines with a scalar that joins its neighbour are walked as before")
    func fallback() {
        for text in ["e\u{301}xito en 2015", "niña 👧🏽 juega", "a\u{200D}b", "a\rb"] {
            #expect(ProseWords.loneScalarWords(text, line: 1) == nil, "\(text)")
        }
        #expect(ProseWords.characterWords("e\u{301}xito en 2015", line: 1).map(\.range.start.column) == [1, 7, 10])
    }
}
