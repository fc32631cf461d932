import Validation

/// A regular expression accepting the spellings of a closed list the way a person types them:
/// any case, with or without the Spanish accents, with or without the spaces, hyphens and
/// apostrophes the listed spellings have, and a final colon or period.
///
/// An `enum` alone would flag "tarapaca" or "BIOBIO" in the editor while
/// `rme check` accepts them and stores "Tarapacá" and "Biobío". The checker is
/// a little looser still (it ignores a space or hyphen anywhere, see
/// `TextKey.compact`); mirroring that letter by letter made patterns of
/// several kilobytes, so the editor may flag an odd split ("Tara paca") that
/// `rme check` accepts, never the reverse. Written for both ECMAScript
/// (editors) and Python (`jsonschema`): classes, `\s`, groups, nothing else.
enum SpellingPattern {
    /// Where a listed spelling has a space, hyphen or apostrophe, any run of them (or none) is accepted.
    static let separator = "[\\s'’´`_.‐‑–-]*"

    /// The pattern for a list of spellings; `regionPrefix` also accepts "Región de …" before any of them.
    static func pattern(for spellings: [String], regionPrefix: Bool = false) -> String {
        var alternatives: [String] = []
        for spelling in spellings {
            let alternative = expression(TextKey.of(spelling))
            if !alternative.isEmpty, !alternatives.contains(alternative) { alternatives.append(alternative) }
        }
        let prefix = regionPrefix
            ? "(?:" + word("region") + "\\s+(?:(?:" + word("de") + "\\s+" + word("la") + "|" + word("del") + "|" + word("de") + ")\\s+)?)?"
            : ""
        return "^\\s*" + prefix + "(?:" + alternatives.joined(separator: "|") + ")[\\s:.]*$"
    }

    /// One spelling in `TextKey` form (lower case, no accents) as an expression.
    private static func expression(_ key: String) -> String {
        var out = ""
        var inSeparator = false
        for character in key {
            if character.isWhitespace || "-‐‑–'’´`_.".contains(character) {
                if !inSeparator { out += separator }
                inSeparator = true
                continue
            }
            inSeparator = false
            out += characterClass(character)
        }
        return out
    }

    /// A word matched in any case and with or without accents.
    private static func word(_ text: String) -> String {
        text.map(characterClass).joined()
    }

    /// The accented forms Spanish writing uses, which `TextKey` folds away.
    private static let accented: [Character: String] = [
        "a": "áÁ", "e": "éÉ", "i": "íÍ", "o": "óÓ", "u": "úÚüÜ", "n": "ñÑ",
    ]

    /// The class matching one character in either case and with or without its accent.
    private static func characterClass(_ character: Character) -> String {
        if character.isLetter, character.isASCII {
            let lower = Character(character.lowercased())
            return "[" + String(lower) + character.uppercased() + (accented[lower] ?? "") + "]"
        }
        if character.isASCII, "^$\\.*+?()[]{}|/".contains(character) { return "\\" + String(character) }
        return String(character)
    }
}
