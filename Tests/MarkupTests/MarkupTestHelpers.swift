import Diagnostics
import Markup

/// Small look-ups the Markup tests share; they only read the public tree.
extension MarkupTree {
    /// Every node of a kind, in document order.
    func nodes(_ kind: MarkupKind) -> [MarkupNode] {
        allNodes.filter { $0.kind == kind }
    }

    /// The first node of a kind in document order, if any.
    func first(_ kind: MarkupKind) -> MarkupNode? {
        allNodes.first { $0.kind == kind }
    }
}

/// A range written the way editors and `cmark --sourcepos` print it: `line:col-line:col`.
func range(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
    SourceRange(
        start: SourceLocation(line: startLine, column: startColumn),
        end: SourceLocation(line: endLine, column: endColumn)
    )
}
