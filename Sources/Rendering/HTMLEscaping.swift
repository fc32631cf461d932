import Mustache

/// The escaping every template uses for `{{ }}`: the five HTML specials replaced byte by byte.
///
/// Registered with swift-mustache as the content type `RMEHTML` and declared at the top of every
/// template by `TemplateLibrary`. Two reasons to prefer it to the library's own escaping: that one
/// walks `Character`s, so a quote followed by a combining mark (`"\u{301}`, one grapheme) is left raw
/// and can close an attribute; and it is slow enough to matter at 10,000 chapters.
public struct HTMLEscaping: MustacheContentType {
    /// The content type's name in the templates' pragma.
    static let name = "RMEHTML"
    /// The line `TemplateLibrary` puts before every template (a standalone tag: it prints nothing).
    static let pragmaLine = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type once per process; later calls do nothing.
    static let register: Void = {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
    }()

    /// swift-mustache's hook: the text of every `{{ }}` goes through here.
    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// `&`, `<`, `>`, `"` and `'` as entities; every other byte as it is (all five are ASCII, so UTF-8 stays intact).
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: isSpecial) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a byte is one of the five characters HTML needs escaped.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
