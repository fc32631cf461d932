import Diagnostics
import Markup

/// Reference definitions (`[nombre]: javascript:…`) with an unsafe address, used or not.
///
/// cmark keeps no node for a definition: a used one shows up as a link where
/// it is used (see `UnsafeLinkRule`), an unused one vanishes. Definitions can
/// only stand where the tree has no leaf block, or at the start of a paragraph
/// before its first inline, so those are the lines read here.
struct UnsafeReferenceDefinitionRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let body = document.document.body, let split = document.document.split else { return }
        let source = split.source
        let firstLine = split.bodyLineOffset + 1
        guard firstLine <= source.lineCount else { return }
        let covered = coveredLines(body)
        var line = firstLine
        while line <= source.lineCount {
            defer { line += 1 }
            guard !covered.contains(line), let definition = ReferenceDefinition.parse(source.line(line)) else { continue }
            var destination = definition.destination
            var end = SourceLocation(line: line, column: definition.endColumn)
            // The address may stand alone on the next line.
            if destination == nil, line < source.lineCount, !covered.contains(line + 1) {
                let next = source.line(line + 1)
                let token = ReferenceDefinition.destinationToken(in: Substring(next))
                destination = token.map { String($0.text) }
                if let token { end = SourceLocation(line: line + 1, column: token.endColumn) }
            }
            guard let destination, let scheme = UnsafeURL.blockedScheme(of: destination) else { continue }
            diagnostics.append(document.diagnostic(
                "safety.unsafe-url", .error,
                at: SourceRange(start: SourceLocation(line: line, column: definition.startColumn), end: end),
                es: "La referencia «[\(definition.label)]» apunta a una dirección '\(scheme):', que no se permite.",
                en: "The reference \"[\(definition.label)]\" points to a '\(scheme):' address, which is not allowed.",
                hintES: UnsafeURLHint.es, hintEN: UnsafeURLHint.en
            ))
        }
    }

    /// Lines held by leaf blocks, where no definition can stand (a paragraph's lines before its first inline excepted).
    private func coveredLines(_ body: MarkupTree) -> Set<Int> {
        var lines: Set<Int> = []
        for node in body.allNodes {
            guard let range = node.range else { continue }
            var start = range.start.line
            switch node.kind {
            case .paragraph:
                guard let firstInline = node.children.first(where: { $0.range != nil })?.range else { continue }
                start = firstInline.start.line
            case .heading, .codeBlock, .htmlBlock, .thematicBreak:
                break
            default:
                continue
            }
            if start <= range.end.line { lines.formUnion(start...range.end.line) }
        }
        return lines
    }
}

/// One line read as the start of a reference definition: `[label]: destination`.
struct ReferenceDefinition {
    let label: String
    /// The address on the same line, when there is one.
    let destination: String?
    /// 1-based character columns of the `[` and of the last character read.
    let startColumn: Int
    let endColumn: Int

    /// The definition a line opens, past any quote marks, list markers and indentation; `nil` when it opens none.
    static func parse(_ line: String) -> ReferenceDefinition? {
        var rest = Substring(line)
        rest = rest.drop { $0 == " " || $0 == "\t" || $0 == ">" }
        if let afterMarker = droppingListMarker(rest) { rest = afterMarker.drop { $0 == " " || $0 == "\t" || $0 == ">" } }
        guard rest.first == "[" else { return nil }
        let startColumn = line.distance(from: line.startIndex, to: rest.startIndex) + 1
        var index = rest.index(after: rest.startIndex)
        var escaped = false
        while index < rest.endIndex {
            let character = rest[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "]" {
                break
            } else if character == "[" {
                return nil
            }
            index = rest.index(after: index)
        }
        guard index < rest.endIndex else { return nil }
        let label = rest[rest.index(after: rest.startIndex)..<index]
        let afterLabel = rest[rest.index(after: index)...]
        guard !label.isEmpty, afterLabel.first == ":" else { return nil }
        let afterColon = afterLabel.dropFirst()
        let token = destinationToken(in: afterColon)
        let labelEnd = line.distance(from: line.startIndex, to: afterColon.startIndex)
        return ReferenceDefinition(
            label: String(label), destination: token.map { String($0.text) },
            startColumn: startColumn, endColumn: token?.endColumn ?? labelEnd
        )
    }

    /// The address at the start of a text (after spaces): `<…>` or a run without spaces, with its last column in the line.
    static func destinationToken(in text: Substring) -> (text: Substring, endColumn: Int)? {
        let start = text.drop { $0 == " " || $0 == "\t" }
        guard let first = start.first else { return nil }
        let token: Substring
        if first == "<" {
            let inner = start.dropFirst()
            token = inner.prefix { $0 != ">" }
        } else {
            token = start.prefix { !$0.isWhitespace }
        }
        guard !token.isEmpty else { return nil }
        let base = text.base
        return (token, base.distance(from: base.startIndex, to: token.endIndex))
    }

    /// The text after a list marker (`- `, `* `, `+ `, `1. `, `1) `), when the text opens with one.
    private static func droppingListMarker(_ text: Substring) -> Substring? {
        if let first = text.first, "-*+".contains(first), text.dropFirst().first == " " { return text.dropFirst(2) }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let delimiter = rest.first, delimiter == "." || delimiter == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2)
    }
}
