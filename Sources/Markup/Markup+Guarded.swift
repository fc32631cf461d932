import Diagnostics

extension Markup {
    /// Parses unless the text holds a structure that Debian's libcmark 0.30.2 handles in quadratic time.
    public static func parseGuarded(_ source: SourceText, options: MarkupOptions = .standard) -> Result<MarkupTree, MarkupRefusal> {
        if let refusal = PathologicalInputGuard.check(source, lineOffset: options.lineOffset) {
            return .failure(refusal)
        }
        return .success(parse(source, options: options))
    }

    /// Parses raw bytes as `parse(bytes:options:)` does (bad UTF-8 is thrown with its place),
    /// unless the text holds a structure that libcmark 0.30.2 handles in quadratic time.
    public static func parseGuarded(bytes: [UInt8], options: MarkupOptions = .standard) throws(MarkupInputError) -> Result<MarkupTree, MarkupRefusal> {
        if let bad = UTF8Input.firstInvalidByte(in: bytes) {
            throw .invalidUTF8(byteOffset: bad, location: UTF8Input.location(ofByteOffset: bad, in: bytes))
        }
        return parseGuarded(SourceText(String(decoding: bytes, as: UTF8.self)), options: options)
    }
}
