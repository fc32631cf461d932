import Diagnostics
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
        let key = of(text)
        return loneScalarCompact(key) ?? characterCompact(key)
    }

    /// What `compact` leaves out of a key besides spaces.
    static let compactDropped = "-‐‑–'.´`_"

    /// `compact`'s filter on `Character`s: any key.
    static func characterCompact(_ key: String) -> String {
        String(key.filter { !($0.isWhitespace || compactDropped.contains($0)) })
    }

    /// The same filter read from UTF-8 when the key is made of lone scalars (characters of their own),
    /// whose spaces `LoneScalarRole` knows; `nil` for any other key.
    static func loneScalarCompact(_ key: String) -> String? {
        var key = key
        key.makeContiguousUTF8()
        return key.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let roles = LoneScalarRole.table
            let dropped = compactDroppedScalars
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let (value, length) = LoneScalar.decode(bytes, at: index)
                let role = roles.role(of: value)
                guard role != .unsupported else { return nil }
                if role != .space && !dropped.contains(value) {
                    kept.append(contentsOf: bytes[index..<index + length])
                }
                index += length
            }
            return String(decoding: kept, as: UTF8.self)
        } ?? nil
    }

    /// `compactDropped` as scalar values (each of its characters is one scalar).
    private static let compactDroppedScalars: Set<UInt32> = Set(compactDropped.unicodeScalars.map(\.value))
}
