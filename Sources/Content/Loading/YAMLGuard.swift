import Diagnostics

/// Reads front-matter YAML as text, before any YAML library sees it, and finds what must be refused.
///
/// Anchors and aliases are found here, not after composing: a 351-byte alias
/// bomb makes a composed tree exponentially large to walk or hash, so the only
/// safe moment to refuse it is before the parser builds it. The scan follows
/// YAML's own rule for where a node starts (line start, after `- `, `: `, `? `,
/// `[`, `{` or `,` in flow), skipping quoted scalars, comments and block scalars.
enum YAMLGuard {
    /// Deepest flow nesting (`[[[`) accepted; front matter needs two.
    static let maximumFlowDepth = 16
    /// Widest indentation accepted; bounds block nesting (front matter needs four).
    static let maximumIndentation = 64

    /// The findings of the scan, and the top-level duplicate keys' lines to blank before composing.
    struct Result: Equatable {
        var findings: [YAMLFinding] = []
        /// 0-based indices of lines that repeat an earlier top-level key (with their continuation lines).
        var duplicateLines: Set<Int> = []
    }

    /// Scans a block; `passingOverText` lets the text characters through without comparing them (see below),
    /// and is off only in the tests that hold both readings equal.
    static func scan(_ block: FrontMatterBlock, passingOverText: Bool = true) -> Result {
        var result = Result()
        result.findings = controlCharacters(in: block)
        let lines = splitLines(block.text)
        var blockScalarParentIndent: Int?   // inside `key: |` content while set
        var inSingle = false, inDouble = false
        var flowDepth = 0
        var topLevelKeys: [String: SourceLocation] = [:]
        var skippingDuplicate = false

        for (index, line) in lines.enumerated() {
            let fileLine = block.firstLine + index
            let characters = Array(line)
            let indent = characters.prefix { $0 == " " }.count
            let isBlank = characters.allSatisfy { $0 == " " || $0 == "\t" }

            if let parent = blockScalarParentIndent {
                if isBlank || indent > parent { continue }
                blockScalarParentIndent = nil
            }
            if skippingDuplicate {
                if isBlank || indent > 0 || characters.first == "-" { result.duplicateLines.insert(index); continue }
                skippingDuplicate = false
            }
            if indent > maximumIndentation {
                result.findings.append(.tooDeep(SourceLocation(line: fileLine, column: indent + 1)))
                continue
            }

            // Top-level keys: duplicates are found here so both lines can be named.
            if !inSingle, !inDouble, flowDepth == 0, indent == 0, let key = topLevelKey(characters) {
                let location = SourceLocation(line: fileLine, column: 1)
                if let first = topLevelKeys[key] {
                    result.findings.append(.duplicateKey(key, first: first, second: location))
                    result.duplicateLines.insert(index)
                    skippingDuplicate = true
                    continue
                }
                topLevelKeys[key] = location
            }

            var atNodeStart = !(inSingle || inDouble)
            var column = 0
            var lastSignificant: Character?
            while column < characters.count {
                let character = characters[column]
                // A character that starts with a non-ASCII scalar (an accent, a guillemet) matches none of the
                // cases below, whose characters are ASCII, except the three no-break spaces: it only ends a
                // node start outside quotes. Comparing it with each case (a string comparison per case) was
                // most of the scan of a Spanish front matter.
                if passingOverText, character.utf8.first! >= 0x80, !isNoBreakSpace(character) {
                    if !(inSingle || inDouble) {
                        atNodeStart = false
                        lastSignificant = character
                    }
                    column += 1
                    continue
                }
                let location = SourceLocation(line: fileLine, column: column + 1)
                let next: Character? = column + 1 < characters.count ? characters[column + 1] : nil
                if inDouble {
                    if character == "\\" { column += 2; continue }
                    if character == "\"" { inDouble = false; atNodeStart = false }
                    column += 1
                    continue
                }
                if inSingle {
                    if character == "'" {
                        if next == "'" { column += 2; continue }
                        inSingle = false
                        atNodeStart = false
                    }
                    column += 1
                    continue
                }
                switch character {
                case "\t":
                    result.findings.append(.tab(location))
                    column += 1
                    continue
                case _ where isNoBreakSpace(character):
                    // After `:` or `-`, or in the indentation, it breaks the structure silently.
                    if atNodeStart || lastSignificant == ":" || lastSignificant == "-" || column < indent + 1 {
                        result.findings.append(.nonBreakingSpace(location))
                    }
                    column += 1
                    continue
                case " ":
                    column += 1
                    continue
                case "#" where column == 0 || characters[column - 1] == " ":
                    column = characters.count
                    continue
                default:
                    break
                }
                if atNodeStart {
                    switch character {
                    case "&", "!":
                        result.findings.append(character == "&" ? .anchor(location) : .tag(location))
                        // A property (`&name`, `!tag`) precedes the node it applies to, which may
                        // itself open a flow collection full of aliases: skip the name, stay at node start.
                        column += 1
                        while column < characters.count, !" \t,[]{}".contains(characters[column]) { column += 1 }
                        continue
                    case "*": result.findings.append(.alias(location))
                    case "%" where column == 0: result.findings.append(.directive(location))
                    case "\"": inDouble = true
                    case "'": inSingle = true
                    case "|", ">":
                        if restIsBlockHeader(characters, from: column + 1) {
                            blockScalarParentIndent = indent
                            column = characters.count
                            continue
                        }
                    default: break
                    }
                }
                switch character {
                case "[", "{":
                    if atNodeStart || flowDepth > 0 {
                        flowDepth += 1
                        if flowDepth > maximumFlowDepth { result.findings.append(.tooDeep(location)) }
                        atNodeStart = true
                    } else {
                        atNodeStart = false
                    }
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                    atNodeStart = false
                case "," where flowDepth > 0:
                    atNodeStart = true
                case "-", "?", ":":
                    let separated = next == nil || next == " " || next == "\t" || (flowDepth > 0 && (next == "," || next == "]" || next == "}"))
                    if character == ":" ? separated : (atNodeStart && separated) {
                        atNodeStart = true
                    } else if !(inSingle || inDouble) {
                        atNodeStart = false
                    }
                default:
                    if !(inSingle || inDouble) { atNodeStart = false }
                }
                lastSignificant = character
                column += 1
            }
        }
        return result
    }

    /// Each control character of the block (`ControlCharacters`), at its line and column as an editor counts them.
    static func controlCharacters(in block: FrontMatterBlock) -> [YAMLFinding] {
        let bytes = Array(block.text.utf8)
        let found = ControlCharacters.occurrences(in: bytes)
        guard !found.isEmpty else { return [] }
        var findings: [YAMLFinding] = []
        var line = block.firstLine, lineStart = 0, scanned = 0
        for (offset, value) in found {
            while scanned < offset {
                if bytes[scanned] == 0x0A || (bytes[scanned] == 0x0D && (scanned + 1 == bytes.count || bytes[scanned + 1] != 0x0A)) {
                    line += 1
                    lineStart = scanned + 1
                }
                scanned += 1
            }
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
            findings.append(.controlCharacter(value, SourceLocation(line: line, column: column)))
        }
        return findings
    }

    /// Whether a character is one of the no-break spaces the scan reports (none has a canonical equivalent).
    ///
    /// Their first bytes are tested first: comparing every ASCII character with these non-ASCII ones took
    /// the slow path of string comparison each time.
    private static func isNoBreakSpace(_ character: Character) -> Bool {
        let lead = character.utf8.first
        guard lead == 0xC2 || lead == 0xE2 else { return false }
        return character == "\u{00A0}" || character == "\u{202F}" || character == "\u{2007}"
    }

    /// The key of a `key: value` line at indentation 0, when the line is one.
    private static func topLevelKey(_ characters: [Character]) -> String? {
        guard let first = characters.first, first != "#", first != "-", first != " ", first != "\"", first != "'",
              first != "[", first != "{", first != "?" else { return nil }
        var index = 0
        while index < characters.count {
            if characters[index] == ":" && (index + 1 == characters.count || characters[index + 1] == " " || characters[index + 1] == "\t") {
                return String(characters[..<index]).trimmingTrailingBlanks
            }
            if characters[index] == "#" && index > 0 && characters[index - 1] == " " { return nil }
            index += 1
        }
        return nil
    }

    /// Whether what follows `|` or `>` is a block scalar header (`|`, `|-`, `>+2`, then a comment or nothing).
    private static func restIsBlockHeader(_ characters: [Character], from start: Int) -> Bool {
        var index = start
        while index < characters.count, "+-0123456789".contains(characters[index]) { index += 1 }
        while index < characters.count, characters[index] == " " { index += 1 }
        return index == characters.count || characters[index] == "#"
    }

    /// Lines as YAML counts them (LF, CRLF, CR), without terminators; an empty last line is not one.
    ///
    /// Cut from the UTF-8 bytes (the terminators are single bytes no other scalar contains) rather than
    /// built up scalar by scalar.
    static func splitLines(_ text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [String] = []
            var start = 0
            var previousWasCR = false
            for index in bytes.indices {
                switch bytes[index] {
                case 0x0A:
                    // The LF of a CR LF ends nothing: the CR already ended the line.
                    if !previousWasCR { lines.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                    start = index + 1
                    previousWasCR = false
                case 0x0D:
                    lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
                    start = index + 1
                    previousWasCR = true
                default:
                    previousWasCR = false
                }
            }
            if start < bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
            return lines
        } ?? []
    }
}
