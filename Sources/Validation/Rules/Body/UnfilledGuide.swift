import Markup

/// The guide `rme new` leaves in each section of a skeleton: `«Escriba aquí …»`.
///
/// The marker is shared with `rme new` (which writes it) and with the
/// front-matter rules (which look for it in values): a text that opens with
/// `«Escriba aquí` and closes with `»` is a guide nobody replaced.
public enum UnfilledGuide {
    /// How every guide opens.
    public static let opening = "«Escriba aquí"
    /// How every guide closes.
    public static let closing = "»"

    /// Whether a text, spaces aside, is an unfilled guide.
    public static func isGuide(_ text: String) -> Bool {
        let start = text.drop { $0.isWhitespace }
        guard start.hasPrefix(opening) else { return false }
        return start.reversed().drop { $0.isWhitespace }.first.map { String($0) == closing } ?? false
    }

    /// Where the opening marker first stands in a text, as `String.range(of:)` finds it.
    static func openingRange(in text: String) -> Range<String.Index>? {
        mayHoldOpening(text) ? text.range(of: opening) : nil
    }

    /// Whether a text holds the opening marker anywhere, as `contains` says.
    public static func holdsOpening(_ text: String) -> Bool {
        mayHoldOpening(text) && text.contains(opening)
    }

    /// Whether the text holds the scalar `«`, without which no search for the marker can succeed.
    ///
    /// The search compares characters by canonical equivalence (a decomposed `í`
    /// matches), and through Foundation it costs a call per text node of every
    /// file. But no other scalar is equivalent to `«`, nor decomposes to it, so a
    /// text without its bytes cannot match: it is passed over without searching.
    private static func mayHoldOpening(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == openingLead.0 && byte == openingLead.1 { return true }
            previous = byte
        }
        return false
    }

    /// The UTF-8 bytes of `«` (U+00AB), the marker's first scalar.
    static let openingLead: (UInt8, UInt8) = (0xC2, 0xAB)

    /// Wraps a one-line guide in the marker, as `rme new` writes it.
    public static func text(for guide: String) -> String {
        "\(opening) \(guide)\(closing)"
    }

    /// The marker for a key's or section's guide, on one line; a schema without a guide still gets a marker
    /// naming the key or section. `rme new` and the Word template both write this, so the two never drift.
    public static func marker(guide: String, naming name: String) -> String {
        let oneLine = guide.split(whereSeparator: \.isNewline).joined(separator: " ")
        return text(for: oneLine.isEmpty ? "«\(name)»" : oneLine)
    }

    /// Whether a block is a guide: a paragraph that is one, or a list whose every item is one.
    static func isGuide(block: MarkupNode) -> Bool {
        switch block.kind {
        case .paragraph:
            return isGuide(block.plainText)
        case .list:
            let items = block.children
            return !items.isEmpty && items.allSatisfy { item in
                let content = item.children
                return !content.isEmpty && content.allSatisfy { $0.kind == .paragraph && isGuide($0.plainText) }
            }
        default:
            return false
        }
    }
}
