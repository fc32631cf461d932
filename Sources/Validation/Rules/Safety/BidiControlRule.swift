import Diagnostics

/// Bidirectional control characters anywhere in the file, front matter included.
///
/// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder
/// what a reader sees against what the file says ("Trojan Source"): errors.
/// The marks (U+200E, U+200F, U+061C) only nudge neutral characters and arrive
/// innocently with text copied from web pages, so they are warnings. One
/// diagnostic per line, at the first such character, up to a cap per file.
struct BidiControlRule: DocumentRule {
    /// Lines reported per file; a file made of thousands of them needs no thousand messages.
    static let maxReportedLines = 50

    /// Names of the characters, as the Unicode standard gives them.
    static let names: [UInt32: String] = [
        0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
        0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE",
        0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE",
        0x200E: "LEFT-TO-RIGHT MARK", 0x200F: "RIGHT-TO-LEFT MARK", 0x061C: "ARABIC LETTER MARK",
    ]

    /// Whether a character is an embedding, override or isolate (an error) rather than a mark (a warning).
    static func isControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let source = document.document.split?.source else { return }
        let found = Self.occurrences(in: source.bytes)
        guard !found.isEmpty else { return }
        let columns = ColumnConverter(source: source)
        var byLine: [(line: Int, first: (offset: Int, value: UInt32), count: Int, worst: UInt32)] = []
        for (offset, value) in found {
            let line = source.lineNumber(ofByteOffset: offset)
            if let last = byLine.last, last.line == line {
                byLine[byLine.count - 1].count += 1
                if Self.isControl(value) && !Self.isControl(last.worst) { byLine[byLine.count - 1].worst = value }
            } else {
                byLine.append((line, (offset, value), 1, value))
            }
        }
        for entry in byLine.prefix(Self.maxReportedLines) {
            let column = columns.characterColumn(line: entry.line, byteColumn: entry.first.offset - source.byteOffset(ofLine: entry.line) + 1)
            let location = SourceLocation(line: entry.line, column: column)
            diagnostics.append(diagnostic(at: location, value: entry.first.value, count: entry.count, worst: entry.worst, document))
        }
        if byLine.count > Self.maxReportedLines {
            let omitted = byLine.count - Self.maxReportedLines
            let severity: Severity = byLine.dropFirst(Self.maxReportedLines).contains { Self.isControl($0.worst) } ? .error : .warning
            diagnostics.append(document.diagnostic(
                severity == .error ? "safety.bidi-control" : "safety.bidi-mark", severity, at: nil,
                es: "Hay caracteres de dirección de texto invisibles en \(omitted) líneas más de este archivo.",
                en: "There are invisible text-direction characters on \(omitted) more lines of this file.",
                hintES: "Vuelva a escribir esas líneas o péguelas como texto sin formato.",
                hintEN: "Retype those lines or paste them as plain text."
            ))
        }
    }

    /// "U+202E RIGHT-TO-LEFT OVERRIDE".
    static func name(_ value: UInt32) -> String {
        let code = String(value, radix: 16, uppercase: true)
        return "U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) \(names[value] ?? "")"
    }

    /// The diagnostic for one line: an error when it holds an override or isolate, a warning for marks only.
    private func diagnostic(at location: SourceLocation, value: UInt32, count: Int, worst: UInt32, _ document: DocumentContext) -> Diagnostic {
        let name = Self.name(value)
        let more = count > 1 ? (es: " (\(count) en esta línea)", en: " (\(count) on this line)") : (es: "", en: "")
        if Self.isControl(worst) {
            return document.diagnostic(
                "safety.bidi-control", .error, at: SourceRange(location),
                es: "Carácter invisible de control de dirección \(name)\(more.es): puede hacer que el texto se vea distinto de lo que dice el archivo.",
                en: "Invisible direction control character \(name)\(more.en): it can make the text look different from what the file says.",
                hintES: "Borre el carácter (no se ve: borre y vuelva a escribir el texto alrededor de esta columna).",
                hintEN: "Delete the character (it is invisible: delete and retype the text around this column)."
            )
        }
        return document.diagnostic(
            "safety.bidi-mark", .warning, at: SourceRange(location),
            es: "Marca invisible de dirección de texto \(name)\(more.es), probablemente copiada de una página web.",
            en: "Invisible text-direction mark \(name)\(more.en), probably copied from a web page.",
            hintES: "Bórrela: el texto en español no la necesita.",
            hintEN: "Delete it: Spanish text does not need it."
        )
    }

    /// Byte offsets and code points of every bidi character, found on the UTF-8 bytes without decoding the text.
    static func occurrences(in bytes: [UInt8]) -> [(offset: Int, value: UInt32)] {
        var found: [(offset: Int, value: UInt32)] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < count {
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) {
                    found.append((index, 0x2000 + UInt32(third - 0x80)))
                } else if second == 0x81, (0xA6...0xA9).contains(third) {
                    found.append((index, 0x2040 + UInt32(third - 0x80)))
                }
            } else if byte == 0xD8, index + 1 < count, bytes[index + 1] == 0x9C {
                found.append((index, 0x061C))
            }
            index += 1
        }
        return found
    }
}
