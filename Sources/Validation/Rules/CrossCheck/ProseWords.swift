import Diagnostics
import Markup

/// The words of some body paragraphs, each with its place in the file, read from the source lines.
///
/// The source is read rather than the parsed text so that every word keeps its
/// exact line and column, even where a paragraph wraps; emphasis marks (`*`,
/// `_`) are skipped so `**8** escuelas` still reads "8 escuelas".
struct ProseWords {
    /// One run of letters or digits.
    struct Word {
        let text: String
        /// The comparison form (no accents, no case).
        let key: String
        let range: SourceRange

        var isCapitalized: Bool { text.first?.isUppercase == true }
    }

    let words: [Word]

    /// A word's comparison form; plain ASCII words skip the costly folding.
    static func key(_ word: String) -> String {
        word.utf8.allSatisfy { $0 < 0x80 } ? word.lowercased() : TextKey.of(word)
    }

    /// The words of the paragraphs among `blocks` (those inside lists and quotes included).
    init(blocks: [MarkupNode], source: SourceText) {
        var lines: [Int] = []
        for block in blocks {
            for paragraph in block.subtree where paragraph.kind == .paragraph {
                guard let range = paragraph.range else { continue }
                for line in range.start.line...range.end.line where lines.last.map({ $0 < line }) ?? true {
                    lines.append(line)
                }
            }
        }
        var words: [Word] = []
        for line in lines {
            var current = ""
            var startColumn = 0
            /// Files the word being read, if any.
            func flush(endColumn: Int) {
                guard !current.isEmpty else { return }
                words.append(Word(
                    text: current, key: ProseWords.key(current),
                    range: SourceRange(start: SourceLocation(line: line, column: startColumn), end: SourceLocation(line: line, column: endColumn))
                ))
                current = ""
            }
            var lastColumn = 0
            for (offset, character) in source.line(line).enumerated() {
                let column = offset + 1
                if character == "*" || character == "_" { continue }
                if character.isLetter || character.isNumber {
                    if current.isEmpty { startColumn = column }
                    current.append(character)
                    lastColumn = column
                } else {
                    flush(endColumn: lastColumn)
                }
            }
            flush(endColumn: lastColumn)
        }
        self.words = words
    }
}

/// Cardinal numbers as Spanish writes them, in digits or in words up to twenty.
enum SpanishNumber {
    /// Number words in comparison form (no accents): "dieciséis" is "dieciseis".
    static let words: [String: Int] = [
        "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
        "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
        "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    ]

    /// The value of a word in comparison form: one to three digits, or a number word.
    static func value(of key: String) -> Int? {
        if key.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return key.count <= 3 ? Int(key) : nil
        }
        return words[key]
    }
}
