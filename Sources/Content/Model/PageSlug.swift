import Foundation

/// The one way a file name becomes part of an address and an `id`: lower-case ASCII letters and digits in
/// runs joined by single hyphens.
///
/// The checker requires file names already in this form (`FileNameRule`) and compares pages by it
/// (`SamePageRule`); the renderer folds with it again, so an unchecked name still gives a clean id.
public enum PageSlug {
    /// Whether `text` is already a slug: `[a-z0-9]+(-[a-z0-9]+)*`.
    public static func isClean(_ text: String) -> Bool {
        var previousWasHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// `text` as a slug: accents and case folded, every other run of characters one hyphen; "x" when nothing is left.
    public static func folded(_ text: String) -> String {
        // Most file names are already clean; Foundation's folding is slow enough to matter at 10,000 chapters.
        if isClean(text) { return text }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "es"))
        var result = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "x" : result.lowercased()
    }
}
