import Diagnostics
import Testing
import TestSupport
@testable import Validation

/// `WordCount.of`'s byte-level fast path counts exactly as counting on `Character`s does.
@Suite("Word count: the byte-level count equals the count on Characters")
struct WordCountTests {
    /// Every scalar the fast path covers.
    static let covered: [Unicode.Scalar] = (LoneScalar.latin.map { $0 } + LoneScalar.punctuation.map { $0 })
        .filter { LoneScalarRole.of($0) != .unsupported }
        .compactMap(Unicode.Scalar.init)

    /// The inputs among `texts` the fast path counts differently, with both counts, for the failure message.
    static func mismatches(_ texts: [String]) -> [String] {
        texts.compactMap { text in
            guard let fast = LatinWordCount.count(in: text) else { return nil }
            let reference = WordCount.countingCharacters(text)
            return fast == reference ? nil : "\(text.unicodeScalars.map { String($0.value, radix: 16) }): \(fast) ≠ \(reference)"
        }
    }

    // That no covered scalar joins a neighbour, the premise of counting scalars, is `LoneScalarTests`'.

    @Test("the role table holds what the Character properties say, for every covered scalar, and nothing else")
    func roleTable() {
        let values = Array(0...UInt32(0x2FFF))
        let differing = values.filter { LoneScalarRole.of($0) != LoneScalarRole.asked($0) }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(LoneScalarRole.of(0x0301) == .unsupported && LoneScalarRole.of(0x200D) == .unsupported)
        #expect(LoneScalarRole.of(0x20) == .space && LoneScalarRole.of(0xF1) == .wordCharacter && LoneScalarRole.of(0x2026) == .other)
    }

    @Test("every covered scalar alone, inside a word, between spaces and next to punctuation")
    func everyScalar() {
        var texts: [String] = []
        for scalar in Self.covered {
            let character = String(scalar)
            texts += [character, "año\(character)más", " \(character) ", "- \(character)-", "8\(character)\r\n«\(character)»"]
        }
        #expect(Self.covered.count == 0x250 + 0x70 - 2)
        #expect(texts.allSatisfy { LatinWordCount.count(in: $0) != nil }, "the fast path must take every covered text")
        #expect(Self.mismatches(texts).isEmpty, "\(Self.mismatches(texts).prefix(20))")
    }

    @Test("every ordered pair of covered scalars, then a space, one text per first scalar")
    func everyPair() {
        let texts = Self.covered.map { first in
            String(String.UnicodeScalarView(Self.covered.flatMap { [first, $0, " "] }))
        }
        #expect(Self.mismatches(texts).isEmpty, "\(Self.mismatches(texts).prefix(5))")
    }

    @Test("tricky inputs: lone dashes and bullets, runs of spaces, CR LF, no-break and ideographic-width spaces, digits")
    func trickyInputs() {
        let cases: [(String, Int)] = [
            ("", 0), ("   ", 0), ("uno dos  tres", 3), ("— • - …", 0), ("a\r\nb", 2), ("a\u{A0}b", 2), ("a\u{2003}b", 2),
            ("a\u{2060}b", 1), ("8 escuelas", 2), ("«Escriba aquí»", 2), ("“Hola”, dijo—y se fue…", 4), ("¿Qué? ¡Sí!", 2),
        ]
        for (text, words) in cases {
            #expect(WordCount.of(text) == words, "\(text)")
            #expect(WordCount.countingCharacters(text) == words, "\(text)")
            #expect(LatinWordCount.count(in: text) == words, "\(text)")
        }
    }

    @Test("text the fast path does not cover is counted on Characters, as before")
    func uncovered() {
        // A combining accent after a space joins it into one space character; the joiner glues two characters.
        for text in ["a \u{301}b", "e\u{301}", "a\u{200D}b", "niño 👧🏽 juega", "\u{93E}x y", "ɐ b"] {
            #expect(LatinWordCount.count(in: text) == nil, "\(text)")
            #expect(WordCount.of(text) == WordCount.countingCharacters(text))
        }
        #expect(WordCount.of("a \u{301}b") == 2)
    }

    @Test("every line and word of the real content and the contract")
    func realContent() {
        let texts = RealTexts.all
        #expect(Self.mismatches(texts).isEmpty, "\(Self.mismatches(texts).prefix(20))")
        #expect(texts.allSatisfy { WordCount.of($0) == WordCount.countingCharacters($0) })
        #expect(texts.filter { LatinWordCount.count(in: $0) != nil }.count * 10 > texts.count * 9)
    }
}
