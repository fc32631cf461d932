import Diagnostics

/// The structures a body is refused for; the raw values are stable and end up in diagnostic codes.
public enum PathologicalStructure: String, CaseIterable, Hashable, Sendable {
    /// List items and block quotes nested so deep, and followed by so many blank lines or
    /// emphasis marks, that libcmark 0.30.2 would walk the whole nesting again and again.
    case nesting
    /// Image openers `![` left open in a paragraph that later closes brackets `]`:
    /// libcmark 0.30.2 walks back over every open `![` at each link it forms.
    case brackets
}

/// Why a body was not handed to libcmark: a structure it would take too long on.
public struct MarkupRefusal: Error, Hashable, Sendable {
    /// Which structure (stable, for diagnostic codes): a `PathologicalStructure` raw value, `nesting` or `brackets`.
    public let reason: String
    /// Where the structure starts (file line, with the offset applied; column in characters).
    public let location: SourceLocation
    /// The work the structure asks of libcmark, in the unit of its limit (see `PathologicalInputGuard`),
    /// counted until it passed the limit: the scan stops there, so the whole body may ask more.
    public let measured: Int
    /// The most of that work accepted.
    public let limit: Int

    public init(reason: String, location: SourceLocation, measured: Int, limit: Int) {
        self.reason = reason
        self.location = location
        self.measured = measured
        self.limit = limit
    }

    /// A refusal for one of the known structures.
    public init(structure: PathologicalStructure, location: SourceLocation, measured: Int, limit: Int) {
        self.init(reason: structure.rawValue, location: location, measured: measured, limit: limit)
    }

    /// The refused structure; `nil` only for a reason this version does not know.
    public var structure: PathologicalStructure? { PathologicalStructure(rawValue: reason) }
}
