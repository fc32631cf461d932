import Diagnostics
import Markup

/// Paragraphs whose lines start like list items but are not a Markdown list (bullets pasted from Word).
enum FakeList {
    /// What a paragraph that looks like a list shows: where its first marker stands and which marker it is.
    struct Finding {
        let paragraph: MarkupNode
        let marker: String
        let location: SourceLocation?
    }

    /// Glyphs Word, PDF viewers and web pages put in front of list items. `o` plus a tab is Word's
    /// second-level bullet; U+F0B7 and U+F0A7 are Symbol and Wingdings bullets that lose their font.
    static let bulletGlyphs: [String] = [
        "•", "·", "●", "▪", "■", "◦", "○", "►", "▸", "➢", "➤", "✓", "✔", "–", "—", "\u{F0B7}", "\u{F0A7}", "o\t",
    ]

    /// The finding for a paragraph that looks like a list, or `nil` when it reads as a paragraph.
    ///
    /// Each line's leading text is gathered across text nodes, since cmark keeps
    /// a lone `*` or a smart dash in a node of its own.
    static func finding(in paragraph: MarkupNode) -> Finding? {
        guard paragraph.kind == .paragraph else { return nil }
        var lineIndex = 0
        var leading = ""
        var start: SourceLocation?
        var open = true
        func check() -> Finding? {
            guard !leading.isEmpty, let marker = marker(startingLine: leading, continuation: lineIndex > 0) else { return nil }
            return Finding(paragraph: paragraph, marker: marker, location: start)
        }
        for inline in paragraph.children {
            switch inline.kind {
            case .softBreak, .lineBreak:
                if let found = check() { return found }
                lineIndex += 1
                leading = ""
                start = nil
                open = true
            case .text where open:
                if leading.isEmpty { start = inline.range?.start }
                leading += inline.literal ?? ""
            default:
                open = false
            }
        }
        return check()
    }

    /// The list-like marker a line of text opens with, when it opens with one.
    ///
    /// `*`, `+` and `-` count only when glued to the word: with a space they would
    /// already be a list, and a `*` that reaches a text node is no emphasis.
    /// A number and a period count when glued (`1.Texto`) or, with a space, on a
    /// continuation line: CommonMark lets only `1.` interrupt a paragraph, so
    /// `2. Texto` under a line of text stays text.
    static func marker(startingLine text: String, continuation: Bool) -> String? {
        let line = text.drop { $0 == " " }
        for glyph in bulletGlyphs where line.hasPrefix(glyph) {
            return glyph == "o\t" ? "o" : glyph
        }
        guard let first = line.first else { return nil }
        if first == "*" || first == "+" || first == "-" {
            let next = line.dropFirst().first
            if let next, !next.isWhitespace, next != first { return String(first) }
            return nil
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let delimiter = rest.first, delimiter == "." || delimiter == ")" else { return nil }
        guard let after = rest.dropFirst().first else { return nil }
        if after.isLetter || (continuation && after == " ") { return digits + String(delimiter) }
        return nil
    }
}
