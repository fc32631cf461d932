/// Telling a link or image address that could run code or read the reader's disk from an ordinary one.
///
/// Browsers drop tabs, line breaks and leading spaces from a URL and ignore
/// the case of its scheme, and the text may arrive entity- or percent-encoded,
/// so the address is decoded and stripped the same way before its scheme is
/// read. The rule is stricter than a browser on purpose: `jav%61script:` runs
/// nowhere, but nobody writes it without meaning to hide something.
public enum UnsafeURL {
    /// Schemes refused in region content.
    public static let blockedSchemes: Set<String> = ["javascript", "vbscript", "file", "data"]
    /// The `data:` images libcmark's safe mode lets through; anything else under `data:` is refused.
    static let safeDataImages = ["image/png", "image/gif", "image/jpeg", "image/webp"]
    /// Rounds of decoding: enough to unwrap `&amp;#106;` or `%2561`, bounded so hostile text costs little.
    static let decodingRounds = 3

    /// The refused scheme an address uses (lower case), or `nil` when it is safe.
    public static func blockedScheme(of destination: String) -> String? {
        let normalized = normalize(destination)
        guard let colon = normalized.firstIndex(of: ":") else { return nil }
        let scheme = normalized[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
              blockedSchemes.contains(String(scheme))
        else { return nil }
        if scheme == "data" {
            let rest = normalized[normalized.index(after: colon)...]
            if safeDataImages.contains(where: { rest.hasPrefix($0) }) { return nil }
        }
        return String(scheme)
    }

    /// The address as a browser would read its scheme: decoded, without invisible characters, in lower case.
    public static func normalize(_ destination: String) -> String {
        var text = destination
        for _ in 0..<decodingRounds {
            let decoded = percentDecoded(HTMLEntities.decoded(text))
            if decoded == text { break }
            text = decoded
        }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { !isIgnored($0) })
        return String(kept).lowercased()
    }

    /// Controls, spaces and invisible format characters: a browser strips some, a reader sees none.
    static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x20, 0x7F...0x9F, 0xAD, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF:
            true
        default:
            false
        }
    }

    /// `%XX` sequences replaced by their bytes, read as UTF-8; malformed sequences kept as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "%"), index + 2 < source.count,
               let high = hexValue(source[index + 1]), let low = hexValue(source[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of a hexadecimal digit, in either case.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// Decoding the character references that can spell a scheme: numeric ones and the few named ones that matter.
enum HTMLEntities {
    /// Named references that can hide the letters or separators of a scheme.
    static let named: [String: String] = [
        "colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "nbsp": "\u{A0}", "sol": "/", "lpar": "(", "rpar": ")",
        "period": ".", "plus": "+", "hyphen": "-", "dash": "-",
    ]

    /// The text with `&#106;`, `&#x6A;`, `&#106` (no semicolon, as browsers accept) and the names above replaced.
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let (replacement, consumed) = reference(at: after) {
                result += replacement
                rest = after.dropFirst(consumed)
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    /// The character a reference stands for and how many characters after `&` it took.
    private static func reference(at text: Substring) -> (String, Int)? {
        if text.first == "#" {
            let body = text.dropFirst()
            let hex = body.first == "x" || body.first == "X"
            let digits = (hex ? body.dropFirst() : body).prefix { hex ? $0.isHexDigit : ($0.isASCII && $0.isNumber) }
            guard !digits.isEmpty, digits.count <= 8, let value = UInt32(digits, radix: hex ? 16 : 10) else { return nil }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            var consumed = 1 + (hex ? 1 : 0) + digits.count
            if text.dropFirst(consumed).first == ";" { consumed += 1 }
            return (String(Character(scalar)), consumed)
        }
        let name = text.prefix { $0.isASCII && $0.isLetter }
        guard !name.isEmpty, text.dropFirst(name.count).first == ";", let value = named[name.lowercased()] else { return nil }
        return (value, name.count + 1)
    }
}
