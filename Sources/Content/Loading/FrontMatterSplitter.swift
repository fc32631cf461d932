import Diagnostics

/// The YAML block between the `---` lines at the top of a file.
public struct FrontMatterBlock: Sendable {
    /// The YAML text, line terminators kept.
    public let text: String
    /// The file line of the YAML text's first line (2 when the file opens with `---`).
    public let firstLine: Int
    /// The file line of the closing `---`; `nil` when it is missing.
    public let closingLine: Int?

    /// A block of YAML text starting at a file line (a whole `.yaml` file starts at line 1).
    public init(text: String, firstLine: Int, closingLine: Int?) {
        self.text = text
        self.firstLine = firstLine
        self.closingLine = closingLine
    }
}

/// What went wrong with the front matter's fences. Facts only: Validation words them.
public enum FrontMatterProblem: Hashable, Sendable {
    /// The file does not open with `---`.
    case missing
    /// No closing `---`; the YAML was taken to run until `bodyLine` (its first heading) or the end.
    case unclosed(openingLine: Int, bodyLine: Int?)
    /// Fences Word rewrote as dashes («—», «–»): read as fences so the rest is checked as meant, and reported.
    case typographicFences(lines: [Int])
}

/// A file cut into its front matter and its Markdown body, line numbers kept.
public struct SplitDocument: Sendable {
    public let source: SourceText
    public let frontMatter: FrontMatterBlock?
    /// The Markdown body; its line 1 is file line `bodyLineOffset + 1`.
    public let body: SourceText
    public let bodyLineOffset: Int
    public let problem: FrontMatterProblem?
}

/// Cuts a file into front matter and body at the `---` fences.
public enum FrontMatterSplitter {
    public static func split(_ source: SourceText) -> SplitDocument {
        guard source.lineCount > 0, isFence(source.line(1)) || isTypographicFence(source.line(1)) else {
            return SplitDocument(source: source, frontMatter: nil, body: source, bodyLineOffset: 0, problem: .missing)
        }
        var dashed = isTypographicFence(source.line(1)) ? [1] : []
        var closing: Int?
        var line = 2
        while line <= source.lineCount {
            let text = source.line(line)
            if isFence(text) || isDocumentEnd(text) || isTypographicFence(text) {
                closing = line
                if isTypographicFence(text) { dashed.append(line) }
                break
            }
            line += 1
        }
        if let closing {
            return SplitDocument(
                source: source,
                frontMatter: FrontMatterBlock(text: slice(source, from: 2, to: closing), firstLine: 2, closingLine: closing),
                body: text(of: source, fromLine: closing + 1),
                bodyLineOffset: closing,
                problem: dashed.isEmpty ? nil : .typographicFences(lines: dashed)
            )
        }
        // No closing fence: the first Markdown heading is the likeliest start of the body,
        // so both parts can still be checked instead of reading the whole file as YAML.
        let heading = (2...max(2, source.lineCount)).first { source.line($0).hasPrefix("#") && source.line($0).dropFirst().first.map { $0 == "#" || $0 == " " } == true }
        let bodyStart = heading ?? (source.lineCount + 1)
        return SplitDocument(
            source: source,
            frontMatter: FrontMatterBlock(text: slice(source, from: 2, to: bodyStart), firstLine: 2, closingLine: nil),
            body: text(of: source, fromLine: bodyStart),
            bodyLineOffset: bodyStart - 1,
            problem: .unclosed(openingLine: 1, bodyLine: heading)
        )
    }

    /// Everything from a line to the end of the file (empty past the last line).
    private static func text(of source: SourceText, fromLine line: Int) -> SourceText {
        guard line <= source.lineCount else { return SourceText(validUTF8: []) }
        return SourceText(validUTF8: Array(source.bytes[source.byteOffset(ofLine: line)...]))
    }

    /// The text of lines `from..<to`, terminators kept.
    private static func slice(_ source: SourceText, from: Int, to: Int) -> String {
        guard from < to, from <= source.lineCount else { return "" }
        let start = source.byteOffset(ofLine: from)
        let end = to <= source.lineCount ? source.byteOffset(ofLine: to) : source.bytes.count
        return String(decoding: source.bytes[start..<end], as: UTF8.self)
    }

    /// A line of dashes only, with at least one of Word's (em dash, en dash, minus): a `---` Word's AutoFormat rewrote.
    public static func isTypographicFence(_ line: String) -> Bool {
        let trimmed = line.trimmingTrailingBlanks
        let typographic: Set<Character> = ["—", "–", "‒", "―", "−"]
        return !trimmed.isEmpty && trimmed.count <= 6 && trimmed.allSatisfy { $0 == "-" || typographic.contains($0) }
            && trimmed.contains(where: typographic.contains)
    }

    private static func isFence(_ line: String) -> Bool {
        line.trimmingTrailingBlanks == "---"
    }

    private static func isDocumentEnd(_ line: String) -> Bool {
        line.trimmingTrailingBlanks == "..."
    }
}

extension String {
    /// The string without trailing spaces and tabs.
    var trimmingTrailingBlanks: String {
        var copy = Substring(self)
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return String(copy)
    }
}
