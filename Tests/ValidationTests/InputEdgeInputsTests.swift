import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Validation

/// Edge inputs run through every document rule the checker has: each gives its code at its line, and nothing crashes.
@Suite("Input: edge inputs through every rule")
struct InputEdgeInputsTests {
    /// One edge input: its bytes, the code expected, and the line (nil: the whole file).
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let code: String
        let line: Int?
        var testDescription: String { name }
    }

    static let valid = RuleHarness.experience(RuleHarness.validKeys)

    static let cases: [Case] = [
        Case(name: "empty file", bytes: [], code: "input.empty", line: nil),
        Case(name: "only ---", bytes: Array("---".utf8), code: "input.unclosed-front-matter", line: 1),
        Case(name: "empty front matter", bytes: Array("---\n---\n".utf8), code: "front-matter.missing-key", line: 1),
        Case(name: "Windows-1252", bytes: Array("---\nregión: Tarapacá\n---\n".data(using: .isoLatin1)!), code: "input.not-utf8", line: 2),
        Case(name: "UTF-16LE with BOM", bytes: [0xFF, 0xFE] + Array(valid.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
             code: "input.utf16", line: nil),
        Case(name: "UTF-16BE with BOM", bytes: [0xFE, 0xFF] + Array(valid.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
             code: "input.utf16", line: nil),
        Case(name: "NUL byte", bytes: Array(valid.replacingOccurrences(of: "Red de prueba", with: "Red\0de prueba").utf8),
             code: "input.nul-byte", line: 4),
        Case(name: "no front matter", bytes: Array(RuleHarness.body.utf8), code: "input.no-front-matter", line: 1),
        Case(name: "tab", bytes: Array(valid.replacingOccurrences(of: "red: Red", with: "red:\tRed").utf8), code: "yaml.tab", line: 4),
    ]

    @Test("each edge input gives its code at its line", arguments: cases)
    func edge(_ edge: Case) {
        let diagnostics = RuleHarness.runAll(bytes: edge.bytes)
        let found = diagnostics.filter { $0.code == edge.code }
        #expect(!found.isEmpty, "\(diagnostics.map(\.code))")
        #expect(found.allSatisfy { $0.range?.start.line == edge.line && $0.severity == .error })
    }

    @Test("the valid fixture gives no diagnostic at all, with or without BOM and CRLF")
    func validFixture() {
        #expect(RuleHarness.runAll(Self.valid).isEmpty, "\(RuleHarness.runAll(Self.valid).map { "\($0.code) \($0.message.es)" })")
        let bomCRLF = [0xEF, 0xBB, 0xBF] + Array(Self.valid.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(RuleHarness.runAll(bytes: bomCRLF).isEmpty)
    }
}
