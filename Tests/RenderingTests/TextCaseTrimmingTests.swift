import Content
@testable import Rendering
import Testing

/// Trailing newlines are trimmed from HTML exactly as trimming `Character`s from the end did.
@Suite("TextCase: trailing newlines trimmed on UTF-8 as on Characters")
struct TextCaseTrimmingTests {
    /// The trimming as first written, on `Character`s.
    static func reference(_ html: String) -> String {
        var html = Substring(html)
        while html.last == "\n" { html = html.dropLast() }
        return String(html)
    }

    @Test("line feeds, CR LF pairs, lone CRs, combining marks after a line feed, empty texts")
    func trickyEndings() {
        for text in ["", "\n", "\n\n", "a", "a\n\n", "a\r\n", "a\r\n\n", "\r\n", "a\n\r\n", "\r", "a\n\r", "a\n\u{301}", "ñ\n", "<p>x</p>\n"] {
            #expect(TextCase.trimmingTrailingNewlines(text) == Self.reference(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("every section of the real edition as cmark renders it")
    func realSections() throws {
        let edition = try RealEdition.load()
        let html = edition.experiences.flatMap { $0.sections.map(\.html) }
        #expect(html.count > 100)
        #expect(html.allSatisfy { TextCase.trimmingTrailingNewlines($0) == Self.reference($0) })
    }
}
