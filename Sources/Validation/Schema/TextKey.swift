import Foundation

/// Comparison form of a text: no accents, no case, single spaces, no final colon or period.
///
/// "Conformación:", "CONFORMACION" and "conformación" all become "conformacion".
public enum TextKey {
    /// The comparison form; text below U+0250 skips Foundation (same result, see `LatinFolding`).
    public static func of(_ text: String) -> String {
        LatinFolding.key(of: text) ?? foundationKey(text)
    }

    /// The locale of the folding; made once, as creating a locale costs more than folding a short text.
    private static let locale = Locale(identifier: "es_CL")

    /// `of` through Foundation's folding, for any text: the reference `LatinFolding` is tested against.
    static func foundationKey(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: locale)
        let words = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var result = Substring(words)
        while let last = result.last, last == ":" || last == "." { result.removeLast() }
        return String(result).replacingOccurrences(of: "’", with: "'")
    }
}

extension TextKey {
    /// A looser comparison form for values and regions: `of` without spaces, hyphens, apostrophes or dots.
    ///
    /// "Bío-Bío", "bio bio" and "Biobío" all become "biobio"; "O'Higgins" and "OHiggins" become "ohiggins".
    public static func compact(_ text: String) -> String {
        String(of(text).filter { !($0.isWhitespace || "-‐‑–'.´`_".contains($0)) })
    }
}
