/// Characters no text of a booklet means to hold: C0 controls but tab, line feed and carriage return, DEL,
/// the C1 controls (NEXT LINE among them), the line and paragraph separators, and Unicode's noncharacters.
///
/// They arrive pasted from terminals, PDFs and old word processors. Invisible in an editor, they reach a page
/// as raw bytes (ESC, BEL), and the separators and NEXT LINE end a line for the YAML reader but not for the
/// editor, so every later line number would be off. Found on the UTF-8 bytes, without decoding the text.
public enum ControlCharacters {
    /// Byte offsets and code points of every such character in valid UTF-8.
    public static func occurrences(in bytes: [UInt8]) -> [(offset: Int, value: UInt32)] {
        var found: [(offset: Int, value: UInt32)] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F:
                found.append((index, UInt32(byte)))
            case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                found.append((index, UInt32(bytes[index + 1])))
            case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                found.append((index, 0x2000 + UInt32(bytes[index + 2] - 0x80)))
            case 0xEF where index + 2 < count:
                let value = 0xF000 | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                if isNoncharacter(value) { found.append((index, value)) }
            case 0xF0...0xF4 where index + 3 < count:
                let value = (UInt32(byte & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                    | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
                if isNoncharacter(value) { found.append((index, value)) }
            default:
                break
            }
            index += 1
        }
        return found
    }

    /// Whether a scalar of a decoded value is one of them (tab and line breaks allowed: a quoted YAML value
    /// may hold `\t` and `\n` on purpose).
    public static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: isNoncharacter(value)
        }
    }

    /// U+FDD0–U+FDEF and the last two code points of every plane.
    static func isNoncharacter(_ value: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// The character as messages name it: "U+001B (ESCAPE)".
    public static func name(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return names[value].map { "\(code) (\($0))" } ?? code
    }

    private static let names: [UInt32: String] = [
        0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x1B: "ESCAPE",
        0x7F: "DELETE", 0x85: "NEXT LINE", 0xA0: "NO-BREAK SPACE", 0x2028: "LINE SEPARATOR", 0x2029: "PARAGRAPH SEPARATOR",
        0xFFFE: "NONCHARACTER", 0xFFFF: "NONCHARACTER",
    ]
}
