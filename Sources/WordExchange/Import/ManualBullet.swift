/// Bullets typed by hand at the start of a paragraph ("• texto", "- texto"), the way many write lists in Word.
enum ManualBullet {
    /// The characters read as a bullet when a space follows: Word's symbol-font bullet (U+F0B7) included.
    static let characters: Set<Character> = ["•", "·", "▪", "◦", "‣", "●", "○", "■", "□", "➢", "►", "✓", "\u{F0B7}", "\u{F0A7}", "-", "–", "—", "*"]

    /// Whether a paragraph's plain text starts with a bullet and a space.
    static func starts(_ text: String) -> Bool {
        guard let first = text.first, characters.contains(first) else { return false }
        let rest = text.dropFirst()
        return rest.first.map { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" } ?? false
    }

    /// The Markdown of such a paragraph without its bullet (an escaped `\*` is one bullet too).
    static func removing(from markdown: String) -> String {
        var rest = Substring(markdown)
        if rest.hasPrefix("\\*") { rest = rest.dropFirst(2) } else { rest = rest.dropFirst() }
        return String(rest.drop { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
    }
}
