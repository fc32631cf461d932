import Diagnostics

/// A template or rendering failure, naming the template file and line.
public struct RenderError: Error, Sendable, Hashable {
    /// The template or stylesheet concerned, as a path relative to its folder (or the folder itself).
    public let file: String
    /// 1-based line inside `file`; `nil` when the failure concerns the file as a whole.
    public let line: Int?
    public let message: LocalizedText

    /// An error about `file` (and `line` when known).
    public init(file: String, line: Int?, message: LocalizedText) {
        self.file = file
        self.line = line
        self.message = message
    }
}

extension RenderError: CustomStringConvertible {
    /// "Templates/chapter.mustache:12: message" in Spanish, the form a terminal user can jump to.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(message.es)"
    }
}
