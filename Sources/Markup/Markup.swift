import Diagnostics

/// Entry points of the Markdown stage: text in, immutable tree out.
public enum Markup {
    /// Parses Markdown text; positions are shifted by `options.lineOffset`.
    ///
    /// A leading byte-order mark is ignored; CRLF and lone CR end lines as LF does.
    public static func parse(_ text: String, options: MarkupOptions = .standard) -> MarkupTree {
        parse(SourceText(text), options: options)
    }

    /// Parses a file's text already split into lines (see `SourceText`).
    public static func parse(_ source: SourceText, options: MarkupOptions = .standard) -> MarkupTree {
        MarkupTree(records: CmarkBridge.parse(source, options: options), options: options)
    }

    /// Parses raw bytes, refusing any that are not UTF-8 with the place of the first bad byte.
    public static func parse(bytes: [UInt8], options: MarkupOptions = .standard) throws(MarkupInputError) -> MarkupTree {
        if let bad = UTF8Input.firstInvalidByte(in: bytes) {
            throw .invalidUTF8(byteOffset: bad, location: UTF8Input.location(ofByteOffset: bad, in: bytes))
        }
        return parse(String(decoding: bytes, as: UTF8.self), options: options)
    }

    /// Renders Markdown text straight to HTML with the given options.
    public static func html(_ text: String, options: MarkupOptions = .standard) -> String {
        parse(text, options: options).html()
    }
}

extension Markup {
    /// The version of the libcmark `rme` was linked with ("0.30.2"), for `rme --version`.
    public static var libcmarkVersion: String { CmarkBridge.libraryVersion }
}
