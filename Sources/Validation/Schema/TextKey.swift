import Foundation

/// Comparison form of a text: no accents, no case, single spaces, no final colon or period.
///
/// "Conformación:", "CONFORMACION" and "conformación" all become "conformacion".
public enum TextKey {
    public static func of(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "es_CL"))
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
