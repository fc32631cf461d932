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

    /// Wraps a one-line guide in the marker, as `rme new` writes it.
    public static func text(for guide: String) -> String {
        "\(opening) \(guide)\(closing)"
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
