@testable import Diagnostics
import Foundation
import Testing
import TestSupport

/// The scalars the fast paths count as characters really are characters of their own, and the column tables
/// read from them equal the tables made by walking characters.
@Suite("Lone scalars: characters of their own, and the column tables built on them")
struct LoneScalarTests {
    /// Every lone scalar.
    static let lone: [Unicode.Scalar] = (LoneScalar.latin.map { $0 } + LoneScalar.punctuation.map { $0 })
        .filter(LoneScalar.contains)
        .compactMap(Unicode.Scalar.init)

    /// Every line of the real content, and lines that exercise the fallback.
    static var lines: [String] {
        let files = FileManager.default.enumerator(atPath: Repository.content.path)?
            .compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".yaml") }
            .sorted() ?? []
        let content = files.compactMap { try? String(contentsOf: Repository.content.appendingPathComponent($0), encoding: .utf8) }
            .flatMap { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init) }
        return content + [
            "", "año «niño» — “sí”…", "e\u{301}xito", "a\u{200D}b", "niña 👧🏽 juega", "a\rb", "tab\there", "\u{A0}\u{2003}x",
        ]
    }

    @Test("no lone scalar joins any other into one character (CR LF, one character, aside)")
    func noneJoins() {
        let scalars = Self.lone.filter { $0 != "\r" }
        var joined: [String] = []
        for first in scalars {
            let text = String(String.UnicodeScalarView(scalars.flatMap { [first, $0] }))
            if text.count != 2 * scalars.count { joined.append(String(first.value, radix: 16)) }
        }
        #expect(joined.isEmpty, "\(joined)")
        #expect(Self.lone.count == 0x250 + 0x70 - 2)
        #expect(!LoneScalar.contains(0x200D) && !LoneScalar.contains(0x0301) && LoneScalar.contains(0x2019))
    }

    @Test("decoding UTF-8 gives each scalar and its length, one to four bytes")
    func decoding() {
        var text = "aé’😀"
        text.makeContiguousUTF8()
        let decoded: [(UInt32, Int)] = text.utf8.withContiguousStorageIfAvailable { bytes in
            var result: [(UInt32, Int)] = []
            var index = 0
            while index < bytes.count {
                let (value, length) = LoneScalar.decode(bytes, at: index)
                result.append((value, length))
                index += length
            }
            return result
        } ?? []
        #expect(decoded.map(\.0) == text.unicodeScalars.map(\.value))
        #expect(decoded.map(\.1) == [1, 2, 3, 4])
    }

    @Test("the column tables read from scalars equal those made by walking characters, for every real line")
    func columnTables() {
        var fast = 0
        for line in Self.lines {
            let byCharacterBytes = ColumnConverter.characterTable(line) { $0.utf8.count }
            let byCharacterScalars = ColumnConverter.characterTable(line) { $0.unicodeScalars.count }
            if let bytes = ColumnConverter.loneScalarTable(line, perByte: true) {
                #expect(bytes == byCharacterBytes, "\(line)")
                #expect(ColumnConverter.loneScalarTable(line, perByte: false) == byCharacterScalars, "\(line)")
                fast += 1
            }
        }
        #expect(fast * 10 > Self.lines.count * 9, "most real lines take the fast path")
        for line in ["e\u{301}xito", "a\u{200D}b", "niña 👧🏽 juega", "a\rb"] {
            #expect(ColumnConverter.loneScalarTable(line, perByte: true) == nil, "\(line)")
        }
    }

    @Test("a converter gives the same columns whichever table it builds")
    func converterColumns() {
        let text = "## Conformación\n\nLa red «Arica 5», desde 2015 — “sí”.\ne\u{301}xito y niña 👧🏽\n"
        let converter = ColumnConverter(source: SourceText(text))
        // ó and « are one character in two bytes each.
        #expect(converter.characterColumn(line: 1, byteColumn: 15) == 14)
        #expect(converter.characterColumn(line: 3, byteColumn: 10) == 9)
        #expect(converter.characterColumn(line: 3, byteColumn: 14) == 13)
        // Line 4 has a combining accent: the character walk is used, e + accent is one character.
        #expect(converter.characterColumn(line: 4, byteColumn: 4) == 2)
        #expect(converter.characterColumn(line: 4, scalarColumn: 3) == 2)
    }
}
