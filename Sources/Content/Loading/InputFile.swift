import Diagnostics
import Foundation
import Markup

/// A file read from disk, before anything is assumed about its encoding.
public struct InputFile: Sendable {
    /// The path as the user gave it or as found under the edition folder (for messages).
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Reads a file; `nil` when it cannot be read.
    public static func read(path: String) -> InputFile? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return InputFile(path: path, bytes: [UInt8](data))
    }
}

/// Why a file's bytes are not usable text. Facts only: the Validation stage words them.
public enum InputProblem: Error, Hashable, Sendable {
    /// Zero bytes, or only white space.
    case empty
    /// A UTF-16 byte-order mark (Word's "Unicode" export).
    case utf16(bigEndian: Bool)
    /// The first byte that is not UTF-8 (Windows-1252 from Word is the usual cause).
    case invalidUTF8(SourceLocation)
    /// A NUL byte, which no text editor writes on purpose.
    case nulByte(SourceLocation)
    /// Larger than the limit; checked before anything is parsed.
    case tooLarge(bytes: Int, limit: Int)
}

/// Turns bytes into text, or says why they are not text.
public enum TextDecoder {
    /// Decodes UTF-8 (a UTF-8 BOM is accepted and dropped; CRLF and CR stay for the line table).
    public static func decode(_ bytes: [UInt8], sizeLimit: Int) -> Result<SourceText, InputProblem> {
        if bytes.count > sizeLimit { return .failure(.tooLarge(bytes: bytes.count, limit: sizeLimit)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .failure(.utf16(bigEndian: false)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .failure(.utf16(bigEndian: true)) }
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if let bad = UTF8Input.firstInvalidByte(in: body) {
            return .failure(.invalidUTF8(UTF8Input.location(ofByteOffset: bad, in: body)))
        }
        if let nul = body.firstIndex(of: 0) {
            // UTF-16 without a BOM shows up here: every other byte is NUL.
            let text = SourceText(validUTF8: body)
            return .failure(.nulByte(text.location(ofByteOffset: nul)))
        }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .failure(.empty) }
        return .success(SourceText(validUTF8: body))
    }
}
