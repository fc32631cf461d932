/// The text of one source file with its line table, for positions and excerpts.
///
/// Lines end at LF, CRLF or a lone CR, as CommonMark and YAML both count them.
/// A leading byte-order mark is not part of line 1.
public struct SourceText: Sendable {
    /// The UTF-8 bytes, without a byte-order mark.
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0]` is line 1.
    private let lineStarts: [Int]
    /// Byte offset where each line's content ends (before its terminator).
    private let lineEnds: [Int]
    /// Whether each line is pure ASCII, where every column count agrees.
    private let lineIsASCII: [Bool]

    public init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.init(validUTF8: bytes)
    }

    /// Builds the table for bytes already known to be valid UTF-8 (no BOM).
    public init(validUTF8 bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0], ends: [Int] = [], ascii: [Bool] = []
        var lineASCII = true
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                ends.append(i)
                ascii.append(lineASCII)
                lineASCII = true
                i += (b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                starts.append(i)
                continue
            }
            if b >= 0x80 { lineASCII = false }
            i += 1
        }
        ends.append(n)
        ascii.append(lineASCII)
        lineStarts = starts
        lineEnds = ends
        lineIsASCII = ascii
    }

    /// Number of lines (a final line terminator opens one last, empty line).
    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its terminator; empty when out of range.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineCount else { return "" }
        return String(decoding: bytes[lineStarts[number - 1]..<lineEnds[number - 1]], as: UTF8.self)
    }

    /// The 1-based line holding a byte offset.
    public func lineNumber(ofByteOffset offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Byte offset of the start of a 1-based line.
    public func byteOffset(ofLine number: Int) -> Int {
        lineStarts[max(0, min(number, lineCount) - 1)]
    }

    /// Whether a 1-based line is pure ASCII (byte, scalar and character columns agree).
    public func isASCII(line number: Int) -> Bool {
        guard number >= 1, number <= lineCount else { return true }
        return lineIsASCII[number - 1]
    }

    /// Byte length of a 1-based line's content.
    public func byteLength(ofLine number: Int) -> Int {
        guard number >= 1, number <= lineCount else { return 0 }
        return lineEnds[number - 1] - lineStarts[number - 1]
    }

    /// The location of a byte offset, with the column counted in characters.
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let line = lineNumber(ofByteOffset: offset)
        let converter = ColumnConverter(source: self)
        return SourceLocation(line: line, column: converter.characterColumn(line: line, byteColumn: offset - byteOffset(ofLine: line) + 1))
    }
}
