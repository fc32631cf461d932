import Diagnostics
import Yams

/// Front-matter YAML composed into a node tree with file positions, or the reasons it was not.
public struct FrontMatterYAML: Sendable {
    /// The root node; `nil` when the YAML was refused, unreadable or empty.
    public let root: YAMLNode?
    public let findings: [YAMLFinding]
}

/// Composes front matter with Yams after `YAMLGuard` has cleared it; never constructs `Any`.
public enum YAMLComposer {
    /// The encoding Yams reads its input in: its default, looked up once.
    ///
    /// Yams works its default out from the process environment (`YAMS_DEFAULT_ENCODING`)
    /// at every call, which copied the whole environment once per file. The value is a
    /// plain enum that Yams does not mark `Sendable`; it is never changed, so sharing it is safe.
    nonisolated(unsafe) private static let encoding = Parser.Encoding.default

    public static func compose(_ block: FrontMatterBlock) -> FrontMatterYAML {
        let scan = YAMLGuard.scan(block)
        var findings = scan.findings
        if findings.contains(where: \.blocksComposition) {
            return FrontMatterYAML(root: nil, findings: findings)
        }
        // Repeated top-level keys are blanked (lines kept) so the rest can still be checked.
        let lines = YAMLGuard.splitLines(block.text)
        let text = lines.enumerated().map { scan.duplicateLines.contains($0.offset) ? "" : $0.element }.joined(separator: "\n")
        let converter = ScalarColumns(lines: lines, firstLine: block.firstLine, text: text)

        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .default, .default, encoding)
        } catch let error as YamlError {
            findings.append(converter.finding(for: error))
            return FrontMatterYAML(root: nil, findings: findings)
        } catch {
            findings.append(.syntax(problem: String(describing: error), SourceLocation(line: block.firstLine, column: 1)))
            return FrontMatterYAML(root: nil, findings: findings)
        }
        guard let node else { return FrontMatterYAML(root: nil, findings: findings) }
        let root = convert(node, converter: converter, findings: &findings)
        if root.mapping == nil {
            findings.append(.notAMapping(root.location))
        }
        return FrontMatterYAML(root: root, findings: findings)
    }

    /// Copies a Yams node into a `YAMLNode`; depth is bounded by `YAMLGuard`, so recursion is safe here.
    /// A value holding a control character (only an escape can put one there: raw ones are refused before
    /// composing) adds a finding at the value.
    private static func convert(_ node: Node, converter: ScalarColumns, findings: inout [YAMLFinding]) -> YAMLNode {
        let location = converter.location(node.mark)
        switch node {
        case .scalar(let scalar):
            let style: YAMLNode.ScalarStyle = switch scalar.style {
            case .singleQuoted: .singleQuoted
            case .doubleQuoted: .doubleQuoted
            case .literal: .literal
            case .folded: .folded
            default: .plain
            }
            let quotes = (style == .singleQuoted || style == .doubleQuoted) ? 2 : 0
            let width = scalar.string.contains("\n") ? 1 : max(1, scalar.string.count + quotes)
            let end = SourceLocation(line: location.line, column: location.column + width - 1)
            if let control = scalar.string.unicodeScalars.first(where: { ControlCharacters.contains($0.value) }) {
                findings.append(.escapedControlCharacter(control.value, location))
            }
            return YAMLNode(value: .scalar(scalar.string, style), location: location, endLocation: end)
        case .sequence(let sequence):
            return YAMLNode(value: .sequence(sequence.map { convert($0, converter: converter, findings: &findings) }), location: location)
        case .mapping(let mapping):
            let pairs = mapping.map {
                YAMLPair(key: convert($0.key, converter: converter, findings: &findings), value: convert($0.value, converter: converter, findings: &findings))
            }
            return YAMLNode(value: .mapping(pairs), location: location)
        case .alias:
            // Unreachable: YAMLGuard refuses aliases before composing.
            return YAMLNode(value: .scalar("", .plain), location: location)
        }
    }
}

/// Turns Yams marks (1-based, columns in Unicode scalars) into file locations in characters.
private struct ScalarColumns {
    let lines: [String]
    let firstLine: Int
    /// The text composed, for the byte offsets of the reader's errors.
    let text: String
    /// For each line whose characters are all lone scalars (`LoneScalar`), its length; there a scalar column
    /// is a character column, and the line need not be walked again for every node on it.
    private let loneScalarCounts: [Int?]

    init(lines: [String], firstLine: Int, text: String) {
        self.lines = lines
        self.firstLine = firstLine
        self.text = text
        loneScalarCounts = lines.map { line in
            line.unicodeScalars.allSatisfy { LoneScalar.contains($0.value) && $0 != "\r" } ? line.unicodeScalars.count : nil
        }
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(line: firstLine, column: 1) }
        let line = mark.line
        guard line >= 1, line <= lines.count else { return SourceLocation(line: firstLine + max(0, line - 1), column: mark.column) }
        if let count = loneScalarCounts[line - 1] {
            // The walk below counts one character per scalar before the mark, stopping at the line's end.
            return SourceLocation(line: firstLine + line - 1, column: min(max(0, mark.column - 1), count) + 1)
        }
        var scalars = 0, characters = 0
        for character in lines[line - 1] {
            if scalars >= mark.column - 1 { break }
            scalars += character.unicodeScalars.count
            characters += 1
        }
        return SourceLocation(line: firstLine + line - 1, column: characters + 1)
    }

    /// The line and column of a byte offset into the text composed (lines broken as `YAMLGuard.splitLines` does).
    func location(ofByteOffset offset: Int) -> SourceLocation {
        let bytes = Array(text.utf8.prefix(max(0, offset)))
        var line = 0, lineStart = 0
        for (index, byte) in bytes.enumerated()
        where byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
            line += 1
            lineStart = index + 1
        }
        return SourceLocation(line: firstLine + line, column: String(decoding: bytes[lineStart...], as: UTF8.self).count + 1)
    }

    func finding(for error: YamlError) -> YAMLFinding {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .syntax(problem: problem, location(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let place = location(context.mark)
            return .duplicateKey(duplicates.first ?? "", first: place, second: place)
        case .reader(let problem, let offset, _, _):
            return .syntax(problem: problem, location(ofByteOffset: offset ?? 0))
        default:
            return .syntax(problem: String(describing: error), SourceLocation(line: firstLine, column: 1))
        }
    }
}
