import Testing
import TestSupport
@testable import Validation

/// The early answers of `PlainScalarMeaning` (names and plain decimals) are those of the full reading.
@Suite("Plain scalar meaning: the early answers equal the full reading")
struct PlainScalarMeaningTests {
    /// Every text of up to three characters from an alphabet of digits, signs, separators and the letters that
    /// open nulls and booleans, and numbers at the length limit.
    static var generated: [String] {
        let alphabet = ["0", "1", "9", "+", "-", ".", "_", ":", "x", "e", "n", "N", "o", "y", "~", " ", "é", "\n"]
        var texts = [""]
        var level = [""]
        for _ in 0..<3 {
            level = level.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += level
        }
        let digits64 = String(repeating: "7", count: 64)
        return texts + [digits64, digits64 + "7", "-" + String(digits64.dropFirst()), "-" + digits64, "99999999999999999999"]
    }

    @Test("generated texts, the real content's lines and words, and the usual values")
    func sameMeaning() {
        let texts = Self.generated + RealTexts.all + ["2015", "2015-03-01", "010", "0x7DF", "2_015", "1e3", ".inf", "Tarapacá", "null", "No"]
        var decided = 0
        for text in texts {
            guard let early = PlainScalarMeaning.decidedByFirstScalars(text) else { continue }
            decided += 1
            #expect(early == PlainScalarMeaning.read(text), "\(text)")
        }
        #expect(decided > texts.count / 2)
        #expect(PlainScalarMeaning.decidedByFirstScalars("2015") == .decimal(2015))
        #expect(PlainScalarMeaning.decidedByFirstScalars("2015\n") == nil)
        #expect(PlainScalarMeaning.decidedByFirstScalars("007") == nil)
        #expect(PlainScalarMeaning.decidedByFirstScalars("no") == nil)
    }
}
