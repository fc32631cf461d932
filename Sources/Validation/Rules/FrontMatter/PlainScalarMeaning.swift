import Content
import Foundation

/// What a YAML 1.1 reader (PyYAML, Ruby, old Jekyll and Hugo) makes of a plain scalar, so a trap can be named.
///
/// Nothing is converted: the node keeps its text. This only tells the rules
/// that `no` would be read as false elsewhere, `010` as 8, `2015-03-01` as a date.
enum PlainScalarMeaning: Equatable {
    /// Quoted, block, or plain text that no resolver reads as anything else.
    case text
    /// `~`, `null`, or nothing.
    case null
    /// `yes`, `no`, `on`, `off`, `true`, `false`, `y`, `n` in their YAML 1.1 spellings.
    case boolean
    /// `2015-03-01`, `2015-3-1`, with or without a time.
    case date
    /// `10:30`, `1:30:00`: base-60 numbers in YAML 1.1 (`1:30` is 90).
    case sexagesimal
    /// A plain decimal whole number: `2015`, `-3`, `0`.
    case decimal(Int?)
    /// Any other number: octal `010`, `0o10`, hex `0x7DF`, binary, `2_015`, `2015.0`, `1e3`, `.inf`.
    case otherNumber(NumberForm)

    /// The kind of non-decimal number, for the message.
    enum NumberForm: Equatable {
        case octal, hexadecimal, binary, underscored, float
    }

    /// The meaning of a node's scalar; lists and mappings are `text` (their own rules handle them).
    static func of(_ node: YAMLNode) -> PlainScalarMeaning {
        guard case .scalar(let text, .plain) = node.value else { return .text }
        return of(plain: text)
    }

    /// The meaning of a plain scalar's text.
    static func of(plain text: String) -> PlainScalarMeaning {
        decidedByFirstScalars(text) ?? read(text)
    }

    /// The meaning read in full: the tables of nulls and booleans, then the number forms.
    static func read(_ text: String) -> PlainScalarMeaning {
        if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
        if booleans.contains(text) { return .boolean }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= 64, let first = scalars.first,
              first == "+" || first == "-" || first == "." || isDigit(first) else { return .text }
        if matches(text, #"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$"#) { return .date }
        if matches(text, #"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$"#) { return .sexagesimal }
        if matches(text, #"^[-+]?(0|[1-9][0-9]*)$"#) { return .decimal(Int(text)) }
        if matches(text, #"^[-+]?0b[01_]+$"#) { return .otherNumber(.binary) }
        if matches(text, #"^[-+]?0x[0-9a-fA-F_]+$"#) { return .otherNumber(.hexadecimal) }
        if matches(text, #"^[-+]?(0[0-7_]+|0o[0-7]+)$"#) { return .otherNumber(.octal) }
        if matches(text, #"^[-+]?[0-9][0-9_]*$"#) { return .otherNumber(.underscored) }
        if matches(text, #"^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$"#)
            || matches(text, #"^[-+]?\.(inf|Inf|INF)$"#) || matches(text, #"^\.(nan|NaN|NAN)$"#) {
            return .otherNumber(.float)
        }
        return .text
    }

    /// The meaning of the commonest plain scalars, told from their bytes before any table or regular expression.
    ///
    /// Nearly every value is a name, and every year a plain decimal; the full reading
    /// below builds an array, looks the text up in two tables and tries up to ten
    /// regular expressions. A text starting with none of the characters that open a
    /// null, a boolean or a number is text; a short run of digits with an optional sign
    /// and no leading zero is a decimal, which neither a date nor a base-60 number can be
    /// (both need `-` or `:`). Anything else returns `nil` and is read in full.
    static func decidedByFirstScalars(_ text: String) -> PlainScalarMeaning? {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return nil }
        if first >= 0x80 || !openers.contains(first) { return .text }
        let isSign = first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        let leading = isSign ? bytes.next() : first
        guard let leading, isDigit(leading) else { return nil }
        var count = isSign ? 2 : 1
        while let byte = bytes.next() {
            guard isDigit(byte) else { return nil }
            count += 1
        }
        guard count <= 64, leading != UInt8(ascii: "0") || count == (isSign ? 2 : 1) else { return nil }
        return .decimal(Int(text))
    }

    /// The ASCII bytes that can open a null (`~`, `null`), a boolean (`yes`, `no`, `true`, `false`, `on`, `off`,
    /// `y`, `n`, any case) or a number (a sign, a dot, a digit).
    private static let openers: Set<UInt8> = Set("~nNyYtTfFoO+-.0123456789".utf8)

    /// Whether a byte is an ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// The YAML 1.1 boolean spellings (1.2 keeps only true/false, but many readers still use 1.1).
    private static let booleans: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }
}
