import Diagnostics
import Markup
import Testing

/// `Markup.parse(bytes:)` refuses bytes that are not UTF-8 and says where the first bad one is.
@Suite("Markup input: invalid UTF-8")
struct InvalidUTF8Tests {
    /// The error thrown for `bytes`, or `nil` when they parse.
    static func error(_ bytes: [UInt8]) -> MarkupInputError? {
        do {
            _ = try Markup.parse(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("a stray byte on the first line")
    func strayByte() {
        #expect(Self.error(Self.bytes("ab") + [0xFF] + Self.bytes("c\n")) ==
            .invalidUTF8(byteOffset: 2, location: SourceLocation(line: 1, column: 3)))
    }

    @Test("the column counts characters: after “ñandú ” on line 3")
    func afterSpanishText() {
        // Line 3 starts at byte 8; "ñandú " is 8 bytes and 6 characters.
        let bytes = Self.bytes("# Año\n\nñandú ") + [0xE9] + Self.bytes("l\n")
        #expect(Self.error(bytes) == .invalidUTF8(byteOffset: 16, location: SourceLocation(line: 3, column: 7)))
    }

    @Test("Latin-1 text, the usual culprit, is refused at its first accent")
    func latin1() {
        // "Educación" saved as Latin-1: ó is the single byte 0xF3.
        let latin1: [UInt8] = Array("Educaci".utf8) + [0xF3] + Array("n\n".utf8)
        #expect(Self.error(latin1) == .invalidUTF8(byteOffset: 7, location: SourceLocation(line: 1, column: 8)))
    }

    @Test("lines ended by CRLF and lone CR are counted as the parser counts them")
    func lineEnds() {
        #expect(Self.error(Self.bytes("a\r\nb\r\nc") + [0x80]) ==
            .invalidUTF8(byteOffset: 7, location: SourceLocation(line: 3, column: 2)))
        #expect(Self.error(Self.bytes("a\rb\rcd") + [0x80]) ==
            .invalidUTF8(byteOffset: 6, location: SourceLocation(line: 3, column: 3)))
    }

    @Test("truncated, overlong and surrogate sequences", arguments: [
        ([0xE2, 0x82] as [UInt8], 3),
        ([0xC0, 0xAF], 3),
        ([0xED, 0xA0, 0x80], 3),
        ([0xF8, 0x88, 0x80, 0x80, 0x80], 3),
    ])
    func badSequences(tail: [UInt8], offset: Int) {
        #expect(Self.error(Self.bytes("abc") + tail) ==
            .invalidUTF8(byteOffset: offset, location: SourceLocation(line: 1, column: 4)))
    }

    @Test("a byte-order mark does not count as a column")
    func afterByteOrderMark() {
        #expect(Self.error([0xEF, 0xBB, 0xBF] + Self.bytes("ab") + [0xFF]) ==
            .invalidUTF8(byteOffset: 5, location: SourceLocation(line: 1, column: 3)))
        #expect(Self.error([0xEF, 0xBB, 0xBF, 0xFF]) ==
            .invalidUTF8(byteOffset: 3, location: SourceLocation(line: 1, column: 1)))
    }

    @Test("valid bytes give the same tree as the text")
    func validBytes() throws {
        let text = "# Conformación\n\n“Comillas” y ñandú *corre*.\n"
        let fromBytes = try Markup.parse(bytes: Self.bytes(text), options: MarkupOptions(lineOffset: 4))
        let fromText = Markup.parse(text, options: MarkupOptions(lineOffset: 4))
        #expect(fromBytes.html() == fromText.html())
        #expect(fromBytes.allNodes.map(\.range) == fromText.allNodes.map(\.range))
        #expect(fromBytes.first(.heading)?.range?.start == SourceLocation(line: 5, column: 1))
        #expect(try Markup.parse(bytes: []).nodeCount == 1)
    }

    @Test("the first invalid byte is found, or none")
    func firstInvalidByte() {
        #expect(UTF8Input.firstInvalidByte(in: Self.bytes("ñandú “¿¡”")) == nil)
        #expect(UTF8Input.firstInvalidByte(in: []) == nil)
        #expect(UTF8Input.firstInvalidByte(in: Self.bytes("ñ") + [0xC3]) == 2)
    }
}
