import Diagnostics

/// A YAML node composed from front matter, with its place in the file; nothing resolved or coerced.
///
/// Scalars keep their text and style exactly as written, so the schema can tell
/// `no` (plain, a YAML 1.1 boolean) from `"no"` (quoted, text) and report the trap.
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    /// How a scalar was written.
    public enum ScalarStyle: String, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public let value: Value
    /// Where the node starts in the file (line and character column).
    public let location: SourceLocation
    /// Where a flow/plain scalar ends on its line, for underlining; the start when unknown.
    public let endLocation: SourceLocation

    public init(value: Value, location: SourceLocation, endLocation: SourceLocation? = nil) {
        self.value = value
        self.location = location
        self.endLocation = endLocation ?? location
    }

    public var range: SourceRange { SourceRange(start: location, end: endLocation) }

    /// The scalar text, when the node is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = value { return style }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// The value of a mapping's key given as plain text; `nil` when absent or not a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// A plain scalar that YAML reads as null (`~`, `null`, nothing).
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = value else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// What kind of node this is, for messages.
    public var kindName: String {
        switch value {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }
}

/// One key and its value in a YAML mapping.
public struct YAMLPair: Sendable {
    public let key: YAMLNode
    public let value: YAMLNode
}
