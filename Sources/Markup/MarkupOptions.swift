/// How a document is parsed and rendered.
///
/// Safe by default: raw HTML is left out of the rendered page and
/// `javascript:`, `vbscript:`, `file:` and non-image `data:` links are blanked.
/// Only a caller that writes `allowUnsafeHTML: true` gets them (the CommonMark
/// spec examples are written for that mode).
public struct MarkupOptions: Hashable, Sendable {
    /// Curly quotes, dashes and ellipses, as a printed booklet uses them.
    public var smartPunctuation: Bool
    /// Emit raw HTML and unsafe link schemes as written. Never for region content.
    public var allowUnsafeHTML: Bool
    /// Render soft line breaks as `<br />`.
    public var hardBreaks: Bool
    /// Lines that precede the Markdown text in its file (front matter), added to every position.
    public var lineOffset: Int

    public init(smartPunctuation: Bool = true, allowUnsafeHTML: Bool = false, hardBreaks: Bool = false, lineOffset: Int = 0) {
        self.smartPunctuation = smartPunctuation
        self.allowUnsafeHTML = allowUnsafeHTML
        self.hardBreaks = hardBreaks
        self.lineOffset = lineOffset
    }

    /// The defaults: smart punctuation on, unsafe content off.
    public static let standard = MarkupOptions()
}
