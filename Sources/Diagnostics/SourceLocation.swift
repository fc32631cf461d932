/// A point in a source file: 1-based line and 1-based column counted in characters.
///
/// Columns count Swift `Character`s (grapheme clusters), which is what an
/// editor shows a person. The C parser counts UTF-8 bytes and the YAML parser
/// counts Unicode scalars; each is converted where it enters the program.
public struct SourceLocation: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A stretch of source between two locations, both inclusive, as editors underline it.
public struct SourceRange: Codable, Hashable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range covering one point.
    public init(_ location: SourceLocation) {
        self.init(start: location, end: location)
    }

    /// The same range moved down by `lines` lines (for text embedded at a line offset).
    public func shifted(byLines lines: Int) -> SourceRange {
        SourceRange(
            start: SourceLocation(line: start.line + lines, column: start.column),
            end: SourceLocation(line: end.line + lines, column: end.column)
        )
    }

    public var description: String { "\(start)-\(end)" }
}
