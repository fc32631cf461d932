import Diagnostics
import Markup

extension DocumentContext {
    /// The body's sections when this file is an experience whose body was parsed; the body rules look at nothing else.
    var experienceSections: BodySections? {
        kind == .experience ? sections : nil
    }
}

extension BodySections.Part {
    /// The heading's range: where every diagnostic about the section as a whole points.
    var headingRange: SourceRange? { heading.range }

    /// The heading as written, with its `#` marks, for messages: `## Objetivo`.
    var writtenHeading: String {
        String(repeating: "#", count: level) + " " + title
    }
}

extension MarkupNode {
    /// The text a reader would see in this block, code included (an indented paragraph turns into code).
    var visibleText: String {
        kind == .codeBlock ? (literal ?? "") : plainText
    }

    /// The first line of the node's range, for messages that name a line.
    var line: Int? { range?.start.line }
}

extension Limit {
    /// The threshold a value goes over, error first; `nil` when it stays within both.
    func exceeded(by value: Int) -> (severity: Severity, threshold: Int)? {
        if let error, value > error { return (.error, error) }
        if let warning, value > warning { return (.warning, warning) }
        return nil
    }
}

/// A line number for a message, or a dash when unknown.
func lineText(_ line: Int?) -> String {
    line.map(String.init) ?? "?"
}
