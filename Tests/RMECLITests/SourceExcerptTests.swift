import Testing
@testable import RMECLI
@testable import Reporting

/// The excerpt layout: the caret under the right character whatever the line holds.
@Suite("SourceExcerpt")
struct SourceExcerptTests {
    /// The caret line as printed (without the gutter).
    func caretLine(_ excerpt: SourceExcerpt) -> String {
        String(repeating: " ", count: excerpt.markerOffset) + excerpt.marker
    }

    @Test("plain ASCII: offset is the column minus one, ~ to the inclusive end")
    func ascii() {
        let excerpt = SourceExcerpt(line: "red: Red de Iquique", startColumn: 6, endColumn: 8)
        #expect(excerpt.text == "red: Red de Iquique")
        #expect(caretLine(excerpt) == "     ^~~")
    }

    @Test("accents count as one column each")
    func accents() {
        let excerpt = SourceExcerpt(line: "región: Ñuble", startColumn: 9, endColumn: 13)
        #expect(caretLine(excerpt) == "        ^~~~~")
    }

    @Test("tabs are expanded to the next stop of four, in the line and before the caret alike")
    func tabs() {
        let excerpt = SourceExcerpt(line: "\tred:\tRed", startColumn: 6, endColumn: 8)
        #expect(excerpt.text == "    red:    Red")
        #expect(caretLine(excerpt) == "        ^~~~~~")
        let second = SourceExcerpt(line: "ab\tc", startColumn: 4, endColumn: nil)
        #expect(second.text == "ab  c")
        #expect(caretLine(second) == "    ^")
    }

    @Test("wide characters and emoji take two cells")
    func wide() {
        let excerpt = SourceExcerpt(line: "名前 👩‍💻 x", startColumn: 6, endColumn: nil)
        #expect(caretLine(excerpt) == "        ^")
        let covering = SourceExcerpt(line: "a名b", startColumn: 2, endColumn: 2)
        #expect(caretLine(covering) == " ^~")
    }

    @Test("combining marks written apart from their letter stay one column with it")
    func combining() {
        // "e" + U+0301 is one Character: the caret after it moves by one cell.
        let excerpt = SourceExcerpt(line: "cafe\u{301} x", startColumn: 6, endColumn: nil)
        #expect(caretLine(excerpt) == "     ^")
    }

    @Test("a column just past the end of the line points after its last character")
    func pastTheEnd() {
        let excerpt = SourceExcerpt(line: "desde:", startColumn: 7, endColumn: nil)
        #expect(caretLine(excerpt) == "      ^")
        let empty = SourceExcerpt(line: "", startColumn: 1, endColumn: 1)
        #expect(empty.text == "")
        #expect(caretLine(empty) == "^")
    }

    @Test("an end column before the start is taken as the start")
    func reversedRange() {
        let excerpt = SourceExcerpt(line: "abcdef", startColumn: 4, endColumn: 2)
        #expect(caretLine(excerpt) == "   ^")
    }

    @Test("a very long line is cut around the column, marked with …, and the caret follows")
    func longLine() {
        let line = String(repeating: "![[]()", count: 20_000)
        let excerpt = SourceExcerpt(line: line, startColumn: 60_001, endColumn: 60_003)
        #expect(excerpt.text.count == SourceExcerpt.maximumCharacters + 2)
        #expect(excerpt.text.hasPrefix("…"))
        #expect(excerpt.text.hasSuffix("…"))
        #expect(excerpt.markerOffset == 1 + SourceExcerpt.contextBefore)
        let characters = Array(excerpt.text)
        #expect(characters[excerpt.markerOffset] == Array(line)[60_000])
        #expect(excerpt.marker == "^~~")
    }

    @Test("a long line with the column near its start is cut at the end only")
    func longLineEarlyColumn() {
        let line = String(repeating: "x", count: 5_000)
        let excerpt = SourceExcerpt(line: line, startColumn: 3, endColumn: 4_000)
        #expect(excerpt.text == String(repeating: "x", count: SourceExcerpt.maximumCharacters) + "…")
        #expect(excerpt.markerOffset == 2)
        #expect(excerpt.markerWidth == SourceExcerpt.maximumCharacters - 2)
    }

    @Test("a caret past the end of a very long line stays within the shown window")
    func pastTheEndOfLongLine() {
        let line = String(repeating: "y", count: 1_000)
        let excerpt = SourceExcerpt(line: line, startColumn: 1_001, endColumn: nil)
        #expect(excerpt.text.hasPrefix("…"))
        #expect(excerpt.markerOffset == excerpt.text.count)
    }
}
