import Diagnostics
import Markup

/// A region's name written in the body otherwise than the schema's list of regions («O´Higgins», «Biobio»): a
/// warning at the spelling, in experiences and front pages (`RegionSpellings` says what counts).
///
/// The text is read from the source, as written, not from the parsed tree: smart punctuation turns «O'Higgins»
/// into «O’Higgins» there, but the check says what the file holds, and the same name copied into a front-matter
/// value (printed as typed) or another file would keep its straight apostrophe. Only what cmark parsed as text
/// is read: a code span, a link's address or raw HTML is never a name.
struct RegionSpellingRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let tree = document.document.body, let source = document.document.split?.source else { return }
        let spellings = settings.index.regionSpellings
        // A line is cut once, however many stretches of text it holds.
        var line: (number: Int, units: RegionSpellings.Units) = (0, .scalars([]))
        for block in tree.allNodes where block.kind == .paragraph || block.kind == .heading {
            for span in Self.textSpans(of: block) {
                if line.number != span.line { line = (span.line, RegionSpellings.Units(source.line(span.line))) }
                guard span.start >= 1, span.end <= line.units.count, span.start <= span.end else { continue }
                for finding in spellings.findings(in: line.units, within: (span.start - 1)..<span.end) {
                    let start = SourceLocation(line: span.line, column: span.start + finding.offset)
                    let end = SourceLocation(line: span.line, column: span.start + finding.offset + finding.length - 1)
                    let wording = RegionSpellingWording(finding)
                    diagnostics.append(document.diagnostic(
                        "body.region-spelling", .warning, at: SourceRange(start: start, end: end),
                        es: wording.es, en: wording.en, hintES: wording.hintES, hintEN: wording.hintEN))
                }
            }
        }
    }

    /// Stretches of one line held by text nodes of the block, side by side, as 1-based character columns
    /// (both ends included).
    ///
    /// cmark ends a text node at each quote, hyphen and period it may make typographic, so «O'Higgins» is
    /// three nodes; their places touch, and the stretch they make together is read as one text.
    static func textSpans(of block: MarkupNode) -> [(line: Int, start: Int, end: Int)] {
        var spans: [(line: Int, start: Int, end: Int)] = []
        for node in block.subtree where node.kind == .text {
            guard let range = node.range, range.start.line == range.end.line else { continue }
            if let last = spans.last, last.line == range.start.line, last.end + 1 == range.start.column {
                spans[spans.count - 1].end = range.end.column
            } else {
                spans.append((range.start.line, range.start.column, range.end.column))
            }
        }
        return spans
    }
}
