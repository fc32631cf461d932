import Foundation

/// One example of a CommonMark spec file: Markdown in, HTML expected.
struct SpecExample: Sendable, CustomStringConvertible {
    var file: String
    var number: Int
    var line: Int
    var section: String
    var markdown: String
    var html: String

    var description: String { "\(file) example \(number) (line \(line), \(section))" }

    /// Reads examples the way cmark's `test/spec_tests.py` does: fences of 32 backticks
    /// followed by ` example`, a lone `.` between Markdown and HTML, `→` for a tab.
    static func parse(_ text: String, file: String) -> [SpecExample] {
        let fence = String(repeating: "`", count: 32) + " example"
        let closing = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var state = 0 // 0 outside, 1 markdown, 2 html
        var markdown = "", html = "", section = "", startLine = 0
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = String(raw)
            if state == 0 {
                if line.hasPrefix(fence) {
                    state = 1
                    startLine = lineNumber
                    markdown = ""
                    html = ""
                } else if line.hasPrefix("#"), let space = line.firstIndex(of: " "), line[..<space].allSatisfy({ $0 == "#" }) {
                    section = String(line[line.index(after: space)...])
                }
            } else if line == closing {
                examples.append(SpecExample(
                    file: file, number: examples.count + 1, line: startLine, section: section,
                    markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                    html: html.replacingOccurrences(of: "→", with: "\t")
                ))
                state = 0
            } else if state == 1 && line == "." {
                state = 2
            } else if state == 1 {
                markdown += line + "\n"
            } else {
                html += line + "\n"
            }
        }
        return examples
    }
}
