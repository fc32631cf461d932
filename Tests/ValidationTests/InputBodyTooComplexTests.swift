import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: bodies libcmark 0.30.2 would stall on")
struct InputBodyTooComplexTests {
    let rule = BodyTooComplexRule()
    static let frontMatter = "---\nregion: Maule\n---\n\n## Conformación\n\n"

    @Test("5,000 unclosed image openers then 5,000 closers: refused at the first opener")
    func brackets() {
        let marked = MarkedText(Self.frontMatter + "Texto 1️⃣" + String(repeating: "![", count: 5_000) + String(repeating: "]", count: 5_000) + "\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "input.body-too-complex", .error, at: marked.location("1️⃣"))
        #expect(diagnostics.first?.message.es.contains("«![»") == true)
    }

    @Test("3,000 nested list items followed by 3,000 blank lines: refused at the outermost item")
    func nesting() {
        let marked = MarkedText(Self.frontMatter + "1️⃣" + String(repeating: "- ", count: 3_000) + "x\n" + String(repeating: "\n", count: 3_000))
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "input.body-too-complex", .error, at: marked.location("1️⃣"))
    }

    @Test("the real edition's bodies are never refused")
    func realContent() throws {
        let folder = try #require(EditionFolder.scan(path: Repository.content.appendingPathComponent("2015-2017").path))
        for path in folder.experienceFiles + folder.pageFiles {
            let document = LoadedDocument.load(try #require(InputFile.read(path: path)))
            #expect(document.bodyRefusal == nil, "\(path)")
        }
    }

    @Test("the whole checker reports the refusal and nothing about the missing body structure")
    func throughEveryRule() {
        let text = Self.frontMatter + String(repeating: "![", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        let codes = RuleHarness.runAll(text).map(\.code)
        #expect(codes.contains("input.body-too-complex"))
        #expect(!codes.contains { $0.hasPrefix("body.") })
    }
}
