import Content
import Foundation
@testable import Rendering
import Testing
import TestSupport

/// Tarapacá's chapter, rendered from the real content with the project's templates, against a reviewed file.
///
/// Re-record with `RECORD_GOLDEN=1 swift test --filter GoldenChapterTests`: the run writes the file and
/// still fails once ("recorded, review and re-run"), so a recording never passes unseen; review the
/// change with `git diff Tests/RenderingTests/Golden`, then run again without the variable.
@Suite struct GoldenChapterTests {
    static let golden = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Golden/chapter-tarapaca.html")

    @Test func tarapacaChapterMatchesTheGoldenFile() throws {
        let renderer = PageRenderer(templates: try Rendered.library(), strings: .spanish)
        let html = try renderer.render(ChapterView(experience: try RealEdition.experience("tarapaca"), strings: .spanish))

        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(html.utf8).write(to: Self.golden)
            Issue.record("recorded \(Self.golden.lastPathComponent); review it with git diff and re-run without RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        if let difference = GoldenDifference(expected: expected, actual: html) {
            Issue.record("\(Self.golden.lastPathComponent) differs (re-record with RECORD_GOLDEN=1 if intended): \(difference)")
        }
    }

    @Test func differenceNamesTheFirstDifferingLine() throws {
        let difference = try #require(GoldenDifference(expected: "a\nb\nc\n", actual: "a\nB\nc\nd\n"))
        #expect(difference.description == "first difference at line 2: expected «b», got «B»; 4 lines expected, 5 rendered")
        #expect(GoldenDifference(expected: "same", actual: "same") == nil)
    }
}
