import Diagnostics
import Foundation
import Testing
@testable import Validation

/// Values are trimmed exactly as Foundation trims them.
@Suite("Trimmed text: the early answer equals Foundation's trimming")
struct TrimmedTextTests {
    @Test("every lone scalar at either end, spaces of every kind, combining marks, emoji, and the real content")
    func sameAsFoundation() {
        let lone = (LoneScalar.latin.map { $0 } + LoneScalar.punctuation.map { $0 }).filter(LoneScalar.contains).compactMap(Unicode.Scalar.init)
        let ends = lone.flatMap { [String($0) + "Red", "Red" + String($0), String($0)] }
        let tricky = ["", " ", "\n", " Red ", "Red\u{A0}", "\u{3000}Red", "Red\u{2028}", "e\u{301}", "Red \u{301}", "\u{301}Red", "👧🏽", "Red\u{200B}"]
        let texts = ends + tricky + RealTexts.all
        let differing = texts.filter { TrimmedText.of($0) != $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { $0.unicodeScalars.map(\.value) })")
        #expect(TrimmedText.latinNonSpace.count == 0x250)
    }
}
