import Content
import Diagnostics

/// The text of the files diagnostics point into, each read once per report.
///
/// Excerpts are a courtesy: a file that is gone, too large or UTF-16 simply
/// gets none, and its diagnostics are still printed. A file whose bytes are no
/// longer those a diagnostic was found in (saved again since) gets none either:
/// an excerpt must never show a newer line under an older finding.
final class SourceCache {
    /// Files larger than this get no excerpt (the checker refuses them anyway).
    static let maximumBytes = 8 << 20

    /// What the report can show of a file.
    enum Lookup {
        case text(SourceText)
        /// The file now holds other bytes than those checked.
        case changed
        /// Gone, too large or not UTF-8.
        case unavailable
    }

    private var files: [String: (text: SourceText, digest: Digest)?] = [:]
    /// Files whose bytes and digest the caller already holds, laid out only when a diagnostic points into them.
    private let known: [String: CheckedText]

    /// A cache that knows `texts` already (path to bytes), and `known` files with their digest, and reads every
    /// other file when asked.
    init(texts: [String: [UInt8]] = [:], known: [String: CheckedText] = [:]) {
        self.known = known
        for (path, bytes) in texts { files[path] = Self.decode(bytes) }
    }

    /// The file's text with its line table, when it is still the text with `digest` (any text when `nil`).
    func lookup(_ path: String, digest: Digest?) -> Lookup {
        let file: (text: SourceText, digest: Digest)?
        if let cached = files[path] {
            file = cached
        } else if let given = known[path] {
            file = given.bytes.count <= Self.maximumBytes ? Self.decode(given.bytes, digest: given.digest) : nil
            files[path] = file
        } else {
            file = Self.read(path)
            files[path] = file
        }
        guard let file else { return .unavailable }
        if let digest, digest != file.digest { return .changed }
        return .text(file.text)
    }

    private static func read(_ path: String) -> (text: SourceText, digest: Digest)? {
        // The checker's own reader: regular files only, never blocking on a FIFO, and no Foundation file
        // attributes (which cost a report of thousands of warnings more than laying them out).
        guard case .success(let bytes) = FileReading.read(path: path, limit: maximumBytes) else { return nil }
        return decode(bytes)
    }

    /// The text and digest of a file's bytes; `nil` for UTF-16.
    private static func decode(_ original: [UInt8]) -> (text: SourceText, digest: Digest)? {
        // The digest of the bytes as read, as the checker took it (before the byte-order mark is dropped).
        decode(original, digest: Digest(of: original))
    }

    /// The text of a file's bytes, whose digest is known; `nil` for UTF-16.
    private static func decode(_ original: [UInt8], digest: Digest) -> (text: SourceText, digest: Digest)? {
        var bytes = original
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Invalid bytes become U+FFFD when a line is decoded, which keeps the line table right.
        return (SourceText(validUTF8: bytes), digest)
    }
}
