import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: file size")
struct InputFileSizeTests {
    let rule = FileSizeRule()

    @Test("a file over the schema's limit is refused before parsing, naming its size and the limit")
    func overLimit() throws {
        let limit = RuleHarness.settings.schema.maxFileBytes
        let text = RuleHarness.experience(RuleHarness.validKeys) + String(repeating: "Texto de relleno. ", count: limit / 18 + 10)
        let diagnostics = RuleHarness.run(rule, text)
        expectDiagnostic(diagnostics, "input.too-large", .error, at: nil)
        #expect(try #require(diagnostics.first).message.es.contains("\(limit)"))
    }

    @Test("the largest real experience (Magallanes, 7.4 KB) is far under the limit")
    func realFileFits() throws {
        let path = Repository.content.appendingPathComponent("2015-2017/experiencias/magallanes.md").path
        let file = try #require(InputFile.read(path: path))
        #expect(file.bytes.count * 100 < RuleHarness.settings.schema.maxFileBytes)
        var diagnostics: [Diagnostic] = []
        rule.check(RuleHarness.context(bytes: file.bytes), RuleHarness.settings, into: &diagnostics)
        #expect(diagnostics.isEmpty)
    }
}
