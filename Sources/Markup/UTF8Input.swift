import Diagnostics

/// Why bytes could not be read as a Markdown document.
public enum MarkupInputError: Error, Hashable, Sendable {
    /// The byte at `byteOffset` (0-based) starts no valid UTF-8 sequence; `location` is where it stands.
    case invalidUTF8(byteOffset: Int, location: SourceLocation)
}

/// Checking and decoding raw bytes as UTF-8 text.
public enum UTF8Input {
    /// The 0-based offset of the first byte that is not part of valid UTF-8, or `nil` when all are.
    public static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// The 1-based line and character column of a byte offset in bytes that may be invalid past it.
    public static func location(ofByteOffset offset: Int, in bytes: [UInt8]) -> SourceLocation {
        // Everything before the offset is valid, so it can be measured as text. A leading
        // byte-order mark is not part of line 1 (as in `SourceText`), so it takes no column.
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) && offset >= 3 ? 3 : 0
        return SourceText(validUTF8: Array(bytes[bom..<offset]) + [0x20]).location(ofByteOffset: offset - bom)
    }
}
