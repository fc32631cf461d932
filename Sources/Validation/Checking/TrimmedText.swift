import Diagnostics
import Foundation

/// `trimmingCharacters(in: .whitespacesAndNewlines)`, answered without Foundation when there is nothing to trim.
///
/// The decoders trim every front-matter value, and Foundation's trimming bridges
/// the text and walks its set each time, though values almost never have spaces
/// at their ends. When the first and the last scalar are lone scalars (`LoneScalar`:
/// no neighbour joins them, so each starts its own character) outside the set,
/// no trimming, by scalars or by characters, removes anything: the text is its own
/// answer. Any other text is trimmed by Foundation as before.
enum TrimmedText {
    /// The text without spaces and line breaks at either end.
    static func of(_ text: String) -> String {
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           isLoneNonSpace(first), isLoneNonSpace(last) {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether a scalar is a lone scalar outside `.whitespacesAndNewlines`.
    static func isLoneNonSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value <= LoneScalar.latin.upperBound { return latinNonSpace[Int(value)] }
        return LoneScalar.contains(value) && !CharacterSet.whitespacesAndNewlines.contains(scalar)
    }

    /// `isLoneNonSpace` for `LoneScalar.latin`, asked of the character set once.
    static let latinNonSpace: [Bool] = LoneScalar.latin.map { value in
        !CharacterSet.whitespacesAndNewlines.contains(Unicode.Scalar(value)!)
    }
}
