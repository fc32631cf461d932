import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Markup

/// The guard must never refuse what people write: not the 2015–2017 edition, not any
/// example of the CommonMark spec. Each is also checked against a limit 10,000 times
/// lower than the real one, so the margin is shown, not just the pass.
@Suite("Pathological inputs: real content and the spec are never refused")
struct PathologicalRealContentTests {
    /// A limit far below the real ones: whatever passes it passes them with that margin.
    static let marginLimit = 1_000

    @Test("every example of the CommonMark spec, smart punctuation and regression files passes", .enabled(if: Repository.sharedIsPresent, Comment(rawValue: Repository.sharedAbsentReason)))
    func specExamples() throws {
        var checked = 0
        for file in ["spec.txt", "smart_punct.txt", "regression.txt"] {
            for example in SpecExample.parse(try Repository.sharedText("commonmark/\(file)"), file: file) {
                let source = SourceText(example.markdown)
                #expect(PathologicalInputGuard.check(source, lineOffset: 0) == nil, "\(example)")
                #expect(
                    PathologicalInputGuard.check(source, lineOffset: 0, nestingLimit: Self.marginLimit, bracketLimit: Self.marginLimit) == nil,
                    "\(example) measures over \(Self.marginLimit)"
                )
                checked += 1
            }
        }
        #expect(checked == 684)
    }

    @Test("every Markdown file of the 2015-2017 edition passes, body after its front matter")
    func realEdition() throws {
        let files = try Self.markdownFiles(in: Repository.content.appendingPathComponent("2015-2017"))
        // 15 experiences and 4 front pages.
        #expect(files.count == 19)
        for file in files {
            let body = try Self.body(of: file)
            #expect(body.lineOffset > 0, "\(file.lastPathComponent) has a front matter")
            let source = SourceText(body.text)
            #expect(PathologicalInputGuard.check(source, lineOffset: body.lineOffset) == nil, "\(file.lastPathComponent)")
            #expect(
                PathologicalInputGuard.check(source, lineOffset: body.lineOffset, nestingLimit: Self.marginLimit, bracketLimit: Self.marginLimit) == nil,
                "\(file.lastPathComponent) measures over \(Self.marginLimit)"
            )
            let parsed = Markup.parseGuarded(source, options: MarkupOptions(lineOffset: body.lineOffset))
            let tree = try parsed.get()
            #expect(tree.root.children.contains { $0.kind == .heading || $0.kind == .paragraph }, "\(file.lastPathComponent)")
        }
    }

    /// The `.md` files under a folder, in a stable order.
    static func markdownFiles(in folder: URL) throws -> [URL] {
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        return enumerator.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "md" }
            .sorted { $0.path < $1.path }
    }

    /// The text after the closing `---` of the front matter, and the lines before it.
    static func body(of file: URL) throws -> (text: String, lineOffset: Int) {
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let closing = lines.dropFirst().firstIndex(of: "---") else { return (text, 0) }
        return (lines[(closing + 1)...].joined(separator: "\n"), closing + 1)
    }
}
