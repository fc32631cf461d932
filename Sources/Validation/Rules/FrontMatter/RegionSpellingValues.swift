import Content
import Diagnostics

extension RegionSpellings {
    /// The region names spelled otherwise in a YAML value, each where it is written in the file.
    ///
    /// YAML gives the value's text and where the value starts, not where each of its characters is, so each
    /// spelling is looked for, as written, in the value's lines (`lastLine(ofValueAt:in:)`), from the value's
    /// start and after the one before. One YAML writes otherwise (`'O''Higgins'`, an escape) points at the value.
    func findings(in node: YAMLNode, text: String, source: SourceText?) -> [(finding: Finding, range: SourceRange)] {
        let findings = findings(in: text)
        guard !findings.isEmpty else { return [] }
        var cursor = (line: node.location.line, column: node.location.column)
        let lastLine = source.map { Self.lastLine(ofValueAt: node.location.line, in: $0) } ?? node.location.line
        return findings.map { finding in
            guard let source, let place = Self.place(of: finding.written, in: source, from: cursor, through: lastLine) else {
                return (finding, node.range)
            }
            cursor = (place.line, place.column + finding.length)
            let end = SourceLocation(line: place.line, column: place.column + finding.length - 1)
            return (finding, SourceRange(start: place, end: end))
        }
    }

    /// The last line a value starting on `line` may reach: YAML continues a value (a block `>-`, a plain or quoted
    /// text, a flow list) only on lines indented more than the line it starts on, blank lines aside.
    private static func lastLine(ofValueAt line: Int, in source: SourceText) -> Int {
        let indent = source.line(line).prefix { $0 == " " }.count
        var last = line
        var next = line + 1
        while next <= source.lineCount {
            let text = source.line(next)
            if text.allSatisfy(\.isWhitespace) {
                next += 1
                continue
            }
            guard text.prefix(while: { $0 == " " }).count > indent else { break }
            last = next
            next += 1
        }
        return last
    }

    /// Where `written` next stands in the source, from `start` up to the end of line `lastLine`.
    private static func place(of written: String, in source: SourceText, from start: (line: Int, column: Int), through lastLine: Int) -> SourceLocation? {
        let target = Array(written)
        guard !target.isEmpty, start.line <= lastLine else { return nil }
        for line in start.line...lastLine {
            let characters = Array(source.line(line))
            var column = line == start.line ? max(start.column, 1) : 1
            while column - 1 + target.count <= characters.count {
                if characters[(column - 1)..<(column - 1 + target.count)].elementsEqual(target) {
                    return SourceLocation(line: line, column: column)
                }
                column += 1
            }
        }
        return nil
    }
}
