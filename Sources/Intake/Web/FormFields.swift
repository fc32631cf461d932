import Foundation

/// A submitted form's fields: `application/x-www-form-urlencoded` or `multipart/form-data` (the only way a
/// browser sends a file without JavaScript). Written here because the maintained multipart parser
/// (vapor/multipart-kit) needs SwiftNIO, minutes of build time for sixty lines (README: design notes).
struct FormFields: Sendable {
    /// A file field's part: the name the browser gave it and its bytes.
    struct FilePart: Sendable {
        let fileName: String
        let bytes: [UInt8]
    }

    private(set) var values: [String: String] = [:]
    private(set) var files: [String: FilePart] = [:]

    subscript(name: String) -> String? { values[name] }

    /// Why a body is not a form this service reads.
    struct Malformed: Error {}

    /// The fields of a body sent with `contentType`.
    static func parse(_ body: [UInt8], contentType: String?) throws(Malformed) -> FormFields {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("application/x-www-form-urlencoded") {
            return urlEncoded(String(decoding: body, as: UTF8.self))
        }
        if type.hasPrefix("multipart/form-data"), let contentType, let boundary = boundary(in: contentType) {
            return try multipart(body, boundary: Array(("--" + boundary).utf8))
        }
        throw Malformed()
    }

    /// `a=1&b=dos+palabras`.
    static func urlEncoded(_ text: String) -> FormFields {
        var fields = FormFields()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0]), value = parts.count > 1 ? decode(parts[1]) : ""
            if fields.values[name] == nil { fields.values[name] = value }
        }
        return fields
    }

    private static func decode(_ text: Substring) -> String {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }

    /// The `boundary` parameter of a multipart content type.
    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// The parts between boundaries: each a block of headers, an empty line, and its bytes up to the CR LF
    /// before the next boundary.
    static func multipart(_ body: [UInt8], boundary: [UInt8]) throws(Malformed) -> FormFields {
        var fields = FormFields()
        let starts = occurrences(of: boundary, in: body)
        guard starts.count >= 2 else { throw Malformed() }
        for (start, next) in zip(starts, starts.dropFirst()) {
            var index = start + boundary.count
            guard index + 2 <= body.count, body[index] == 0x0D, body[index + 1] == 0x0A else { continue }
            index += 2
            guard let headerEnd = firstOccurrence(of: [0x0D, 0x0A, 0x0D, 0x0A], in: body, from: index, before: next) else { throw Malformed() }
            let headers = String(decoding: body[index..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            let contentEnd = next - 2
            guard contentEnd >= contentStart else { throw Malformed() }
            guard let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                  let name = parameter("name", in: String(disposition)) else { continue }
            let bytes = Array(body[contentStart..<contentEnd])
            if let fileName = parameter("filename", in: String(disposition)) {
                if fields.files[name] == nil, !(fileName.isEmpty && bytes.isEmpty) { fields.files[name] = FilePart(fileName: fileName, bytes: bytes) }
            } else if fields.values[name] == nil {
                fields.values[name] = String(decoding: bytes, as: UTF8.self)
            }
        }
        return fields
    }

    /// A quoted parameter of a `Content-Disposition` line (`name="archivo"`).
    private static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(key + "=") else { continue }
            var value = String(trimmed.dropFirst(key.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// Where `pattern` starts in `bytes`, each occurrence.
    private static func occurrences(of pattern: [UInt8], in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        var index = 0
        while let next = firstOccurrence(of: pattern, in: bytes, from: index, before: bytes.count) {
            found.append(next)
            index = next + pattern.count
        }
        return found
    }

    private static func firstOccurrence(of pattern: [UInt8], in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        guard let first = pattern.first, end - start >= pattern.count else { return nil }
        var index = start
        let last = end - pattern.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
