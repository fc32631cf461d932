import Reporting
/// A JSON value whose objects keep their keys in the order written.
///
/// `JSONEncoder` either scrambles keys or sorts them; tools and people reading
/// `rme check --format json` and `rme schema --json-schema` get them in a
/// deliberate order instead.
indirect enum JSONValue {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// A string, or `null` when absent.
    static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// An integer, or `null` when absent.
    static func int(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }

    /// The value on one line, no spaces: `{"a":1,"b":[true,null]}`.
    var compact: String {
        var out = ""
        write(to: &out, indent: nil, depth: 0)
        return out
    }

    /// The value spread over lines, two spaces per level (empty arrays and objects stay `[]` and `{}`).
    var pretty: String {
        var out = ""
        write(to: &out, indent: "  ", depth: 0)
        return out
    }

    private func write(to out: inout String, indent: String?, depth: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): out += Self.quoted(value)
        case .array(let items):
            writeContainer(to: &out, open: "[", close: "]", count: items.count, indent: indent, depth: depth) { index, out in
                items[index].write(to: &out, indent: indent, depth: depth + 1)
            }
        case .object(let members):
            writeContainer(to: &out, open: "{", close: "}", count: members.count, indent: indent, depth: depth) { index, out in
                out += Self.quoted(members[index].key) + (indent == nil ? ":" : ": ")
                members[index].value.write(to: &out, indent: indent, depth: depth + 1)
            }
        }
    }

    private func writeContainer(
        to out: inout String, open: String, close: String, count: Int, indent: String?, depth: Int,
        element: (Int, inout String) -> Void
    ) {
        out += open
        guard count > 0 else { out += close; return }
        for index in 0..<count {
            if index > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: indent, count: depth + 1) }
            element(index, &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: depth) }
        out += close
    }

    /// A JSON string literal (RFC 8259).
    ///
    /// Beyond the required escapes, control and invisible formatting characters
    /// (bidi overrides, zero-width spaces) and U+2028/U+2029 are written as
    /// `\uXXXX`, so a report shown with `cat` cannot reorder or hide text.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if TerminalText.isUnsafe(scalar) {
                    for unit in String(scalar).utf16 { out += "\\u" + hex4(unit) }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
