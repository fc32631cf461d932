/// One source line as shown under a diagnostic, and where the caret goes beneath it.
///
/// Columns are characters; the terminal counts cells. Tabs are expanded, wide
/// characters take two cells and unsafe ones are replaced, all in one pass, so
/// the caret sits under the character the diagnostic names. A very long line
/// (a pasted table, a pathological input) is cut around the column.
struct SourceExcerpt {
    /// The line as printed.
    let text: String
    /// Terminal cells before the caret.
    let markerOffset: Int
    /// Cells the marker covers: `^` then `~` to the end column.
    let markerWidth: Int

    static let tabWidth = 4
    /// Characters shown at most; the rest is cut and marked with `…`.
    static let maximumCharacters = 120
    /// Characters kept before the column when a long line is cut.
    static let contextBefore = 40

    /// Lays out `line` with the caret at 1-based `startColumn`, extended to `endColumn` (inclusive) when given.
    init(line: String, startColumn: Int, endColumn: Int?) {
        let characters = Array(line)
        let start = max(0, startColumn - 1)
        var end = max(start, (endColumn ?? startColumn) - 1)

        var first = 0
        if characters.count > Self.maximumCharacters, start >= Self.maximumCharacters - Self.contextBefore {
            first = min(start, characters.count) - Self.contextBefore
        }
        let last = min(characters.count, first + Self.maximumCharacters)
        if start < last { end = min(end, last - 1) }

        var shown = first > 0 ? "…" : ""
        var cells = shown.count
        var offset: Int?
        var endCell: Int?
        for index in first..<last {
            if index == start { offset = cells }
            let character = characters[index]
            if character == "\t" {
                let spaces = Self.tabWidth - cells % Self.tabWidth
                shown += String(repeating: " ", count: spaces)
                cells += spaces
            } else if TerminalText.isUnsafe(character) {
                shown.append(TerminalText.replacement)
                cells += 1
            } else {
                shown.append(character)
                cells += TerminalText.width(of: character)
            }
            if index == end { endCell = cells }
        }
        let shownEnd = cells
        if last < characters.count { shown += "…" }

        text = shown
        // A column past the end of the line (a missing value, the end of the file) points just after it.
        let caret = offset ?? shownEnd + max(0, start - max(last, characters.count))
        markerOffset = caret
        markerWidth = max(1, (endCell ?? caret + 1) - caret)
    }

    /// The marker: `^` under the start, `~` under the rest of the range.
    var marker: String {
        "^" + String(repeating: "~", count: markerWidth - 1)
    }
}
