import Diagnostics
import Foundation
import Markup

/// A file read from disk, before anything is assumed about its encoding.
public struct InputFile: Sendable {
    /// The path as the user gave it or as found under the edition folder (for messages).
    public let path: String
    public let bytes: [UInt8]
    /// Why the file could not be read (`bytes` is then empty); the checker reports it.
    public let readFailure: ReadFailure?

    public init(path: String, bytes: [UInt8], readFailure: ReadFailure? = nil) {
        self.path = path
        self.bytes = bytes
        self.readFailure = readFailure
    }

    /// Reads a file through `FileReading` (regular files only, at most `sizeLimit` bytes, inside `root` when
    /// given); a file that cannot be read comes back empty with its `readFailure`.
    public static func load(path: String, sizeLimit: Int = LoadedDocument.defaultSizeLimit, root: String? = nil) -> InputFile {
        switch FileReading.read(path: path, limit: sizeLimit, root: root) {
        case .success(let bytes): InputFile(path: path, bytes: bytes)
        case .failure(let failure): InputFile(path: path, bytes: [], readFailure: failure)
        }
    }

    /// The digest cache keys start from: the bytes', or for an unreadable file its failure's (so a cached
    /// check of an empty file is never taken for an unreadable one).
    public var digest: Digest {
        readFailure.map { Digest(of: Array("unreadable \($0)".utf8)) } ?? Digest(of: bytes)
    }

    /// Reads a file as `load` does; `nil` when it cannot be read.
    public static func read(path: String, sizeLimit: Int = LoadedDocument.defaultSizeLimit) -> InputFile? {
        let file = load(path: path, sizeLimit: sizeLimit)
        return file.readFailure == nil ? file : nil
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
    /// Larger than the limit; checked before anything is parsed (before anything is read, by `FileReading`).
    case tooLarge(bytes: Int, limit: Int)
    /// The file could not be read at all.
    case unreadable(ReadFailure)
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
