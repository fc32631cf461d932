import Diagnostics
import Foundation

/// The text of the files diagnostics point into, each read once per report.
///
/// Excerpts are a courtesy: a file that is gone, too large or UTF-16 simply
/// gets none, and its diagnostics are still printed.
final class SourceCache {
    /// Files larger than this get no excerpt (the checker refuses them anyway).
    static let maximumBytes = 8 << 20

    private var texts: [String: SourceText?] = [:]

    /// The file's text with its line table; `nil` when it cannot be shown.
    func text(of path: String) -> SourceText? {
        if let cached = texts[path] { return cached }
        let text = Self.read(path)
        texts[path] = text
        return text
    }

    private static func read(_ path: String) -> SourceText? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, size.intValue <= maximumBytes,
              let data = FileManager.default.contents(atPath: path)
        else { return nil }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Invalid bytes become U+FFFD when a line is decoded, which keeps the line table right.
        return SourceText(validUTF8: bytes)
    }
}
