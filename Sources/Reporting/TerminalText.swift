/// Makes untrusted text safe and measurable on a terminal.
///
/// Region files and the messages quoting them reach the terminal: an escape
/// character could recolour or rewrite the screen, and a bidi override could
/// make a line read differently from what the checker saw. Each such character
/// is shown as one U+FFFD, so columns still line up with the source.
public enum TerminalText {
    /// The character shown in place of a control or invisible formatting character.
    public static let replacement: Character = "\u{FFFD}"

    /// The text with every unsafe character replaced (tabs and line breaks included).
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) }) else { return text }
        return String(text.map { isUnsafe($0) ? replacement : $0 })
    }

    /// Whether a character must not reach the terminal as it is.
    public static func isUnsafe(_ character: Character) -> Bool {
        // Format characters inside a cluster (the joiner in 👩‍💻) are harmless;
        // only a cluster that starts with one is an invisible character on its own.
        guard let first = character.unicodeScalars.first else { return false }
        return isUnsafe(first)
    }

    /// Whether a scalar is a control (C0, DEL, C1), a format character (bidi controls, zero-width space) or a line separator.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII and Latin-1 (all of Spanish) answered without the Unicode tables, which a report of
        // a thousand warnings otherwise consults for every character; U+00AD (soft hyphen) is a format character.
        switch scalar.value {
        case 0x20 ... 0x7E, 0xA0 ... 0xAC, 0xAE ... 0xFF: return false
        case 0 ..< 0x20, 0x7F ... 0x9F, 0xAD: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// Columns a character takes on a terminal: 2 for wide (CJK, emoji), 0 for lone combining marks, else 1.
    public static func width(of character: Character) -> Int {
        if isUnsafe(character) { return 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // A lone printable ASCII or Latin-1 scalar (safe, checked above) is one column.
        if first.value <= 0xFF, scalars.count == 1 { return 1 }
        if scalars.contains(where: { $0.properties.isEmojiPresentation || $0.value == 0xFE0F }) { return 2 }
        if isEastAsianWide(first.value) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        default: return 1
        }
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11), the ones a Spanish text may still quote.
    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }
}
