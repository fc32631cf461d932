import Content

/// Word's inline text written as CommonMark: bold and italic kept, links kept, everything else literal.
///
/// Text is escaped so that nothing a writer typed becomes Markdown syntax by accident (an asterisk, a `#`, a
/// `<b>` typed in Word stays those characters on the page). Line breaks inside a paragraph (Shift+Enter) split
/// the result into lines, which the caller joins or turns into list items; pictures are left out and counted,
/// footnotes are written in parentheses where they were anchored and counted.
struct InlineMarkdown {
    /// The paragraph's lines: one, or more when it held line breaks.
    private(set) var lines: [String] = [""]
    private(set) var pictures = 0
    private(set) var footnotes = 0
    /// Lines of the paragraph's plain text (no Markdown), in step with `lines`.
    private(set) var plainLines: [String] = [""]

    /// Writes `inlines`.
    init(_ inlines: [PandocInline]) {
        write(inlines)
    }

    /// The whole paragraph on one line, its line breaks read as spaces.
    var joined: String { Self.collapsingSpaces(lines.joined(separator: " ")) }
    /// The plain text on one line.
    var plainJoined: String { Self.collapsingSpaces(plainLines.joined(separator: " ")) }
    /// How many line breaks the paragraph held.
    var lineBreaks: Int { lines.count - 1 }

    private mutating func append(_ markdown: String, plain: String) {
        lines[lines.count - 1] += markdown
        plainLines[plainLines.count - 1] += plain
    }

    private mutating func write(_ inlines: [PandocInline]) {
        for inline in inlines {
            switch inline {
            case .text(let text): append(MarkdownText.escaped(text), plain: text)
            case .space, .softBreak: append(" ", plain: " ")
            case .lineBreak:
                lines.append("")
                plainLines.append("")
            case .emphasis(let inner): wrap(inner, marker: "*")
            case .strong(let inner): wrap(inner, marker: "**")
            case .underline(let inner), .strikeout(let inner), .superscript(let inner), .subscript(let inner),
                 .smallCaps(let inner), .cite(let inner), .span(_, let inner):
                write(inner)
            case .quoted(let double, let inner):
                append(double ? "“" : "‘", plain: double ? "“" : "‘")
                write(inner)
                append(double ? "”" : "’", plain: double ? "”" : "’")
            case .code(let text), .math(let text): append(MarkdownText.escaped(text), plain: text)
            case .rawInline: break
            case .link(let inner, let url):
                let label = InlineMarkdown(inner)
                pictures += label.pictures
                let text = label.joined.isEmpty ? MarkdownText.escaped(url) : label.joined
                append("[\(text)](\(Self.destination(url)))", plain: label.plainJoined.isEmpty ? url : label.plainJoined)
            case .image:
                pictures += 1
            case .note(let blocks):
                footnotes += 1
                let note = InlineMarkdown(blocks.flatMap(Self.inlines(of:)))
                append(" (nota: \(note.joined))", plain: " (nota: \(note.plainJoined))")
            }
        }
    }

    /// `*text*` with the markers hugging the words: spaces Word left inside the run go outside, or CommonMark
    /// would not read the markers as emphasis.
    private mutating func wrap(_ inner: [PandocInline], marker: String) {
        let part = InlineMarkdown(inner)
        pictures += part.pictures
        footnotes += part.footnotes
        for (index, line) in part.lines.enumerated() {
            if index > 0 {
                lines.append("")
                plainLines.append("")
            }
            let trimmed = line.trimmingSpaces
            let leading = line.prefix { $0 == " " }.isEmpty ? "" : " "
            let trailing = line.reversed().prefix { $0 == " " }.isEmpty ? "" : " "
            let plain = part.plainLines[index]
            append(trimmed.isEmpty ? line : leading + marker + trimmed + marker + trailing, plain: plain)
        }
    }

    /// The inline content of a footnote's blocks.
    private static func inlines(of block: PandocBlock) -> [PandocInline] {
        switch block {
        case .plain(let words), .paragraph(let words): words + [.space]
        default: []
        }
    }

    /// A link destination CommonMark reads whole: in angle brackets when it holds spaces or parentheses.
    static func destination(_ url: String) -> String {
        let clean = url.filter { !$0.isNewline && $0 != "<" && $0 != ">" }
        return clean.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? "<\(clean)>" : clean
    }

    /// Runs of spaces as one, none at the ends.
    static func collapsingSpaces(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

extension String {
    /// Without spaces at either end.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
