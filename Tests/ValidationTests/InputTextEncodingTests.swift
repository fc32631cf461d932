import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: text encoding")
struct InputTextEncodingTests {
    let rule = TextEncodingRule()

    @Test("Windows-1252 bytes from Word: not UTF-8, at the first bad byte, with the UTF-8 hint")
    func windows1252() throws {
        let marked = MarkedText("---\nregi1️⃣ón: Tarapacá\n---\n")
        // Latin-1 / Windows-1252: ó is the single byte 0xF3, á is 0xE1.
        let bytes = try #require(marked.text.data(using: .isoLatin1)).map { $0 }
        let diagnostics = RuleHarness.run(rule, bytes: bytes)
        expectDiagnostic(diagnostics, "input.not-utf8", .error, at: marked.location("1️⃣"))
        let found = try #require(diagnostics.first)
        #expect(found.message.es.contains("Windows-1252"))
        #expect(found.hint?.es.lowercased().contains("guarde el archivo como utf-8") == true)
    }

    @Test("UTF-16 with a byte-order mark is refused as a whole, with no invented position")
    func utf16LittleEndian() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("---\nregion: Tarapacá\n---\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let diagnostics = RuleHarness.run(rule, bytes: bytes)
        expectDiagnostic(diagnostics, "input.utf16", .error, at: nil)
    }

    @Test("a NUL byte is reported at its line and column")
    func nulByte() {
        let marked = MarkedText("---\nregion: Tarapacá\nred: Red1️⃣\0\n---\n")
        let diagnostics = RuleHarness.run(rule, bytes: Array(marked.text.utf8))
        expectDiagnostic(diagnostics, "input.nul-byte", .error, at: marked.location("1️⃣"))
    }

    @Test("UTF-16 without a byte-order mark shows up as a NUL byte on line 1")
    func utf16WithoutMark() {
        let bytes = Array("---\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let diagnostics = RuleHarness.run(rule, bytes: bytes)
        expectDiagnostic(diagnostics, "input.nul-byte", .error, at: SourceLocation(line: 1, column: 2))
    }

    @Test("clean UTF-8 with accents gives nothing")
    func cleanText() {
        #expect(RuleHarness.run(rule, RuleHarness.experience(RuleHarness.validKeys)).isEmpty)
    }

    @Test("a file that is not text stops every later rule: only the encoding error is reported")
    func notTextStopsTheRest() throws {
        let bytes = try #require("---\nregión: Tarapacá\n---\n".data(using: .isoLatin1)).map { $0 }
        let diagnostics = RuleHarness.runAll(bytes: bytes)
        #expect(diagnostics.map(\.code) == ["input.not-utf8"])
    }
}
