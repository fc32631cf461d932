import Diagnostics
import Markup

/// The words of some body paragraphs, each with its place in the file, read from the source lines.
///
/// The source is read rather than the parsed text so that every word keeps its
/// exact line and column, even where a paragraph wraps; emphasis marks (`*`,
/// `_`) are skipped so `**8** escuelas` still reads "8 escuelas".
struct ProseWords {
    /// One run of letters or digits.
    struct Word: Equatable {
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
        self.words = lines.flatMap { line in
            let text = source.line(line)
            return Self.loneScalarWords(text, line: line) ?? Self.characterWords(text, line: line)
        }
    }

    /// The words of one line, walking its `Character`s: any line.
    static func characterWords(_ text: String, line: Int) -> [Word] {
        var words: [Word] = []
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
        for (offset, character) in text.enumerated() {
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
        return words
    }

    /// The words of one line read from UTF-8, when every scalar is a character of its own (`LoneScalar`):
    /// what the walk over `Character`s above finds, without the grapheme breaking; `nil` for any other line.
    static func loneScalarWords(_ text: String, line: Int) -> [Word]? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [Word]? in
            let roles = LoneScalarRole.table
            var words: [Word] = []
            var current: [UInt8] = []
            var startColumn = 0, lastColumn = 0, column = 0
            /// Files the word being read, if any.
            func flush() {
                guard !current.isEmpty else { return }
                let word = String(decoding: current, as: UTF8.self)
                words.append(Word(
                    text: word, key: key(word),
                    range: SourceRange(start: SourceLocation(line: line, column: startColumn), end: SourceLocation(line: line, column: lastColumn))
                ))
                current.removeAll(keepingCapacity: true)
            }
            var index = 0
            while index < bytes.count {
                let (value, length) = LoneScalar.decode(bytes, at: index)
                let role = roles.role(of: value)
                guard role != .unsupported, value != 0x0D else { return nil }
                column += 1
                defer { index += length }
                if value == 0x2A || value == 0x5F { continue } // `*` and `_`: emphasis marks inside a word
                if role == .wordCharacter {
                    if current.isEmpty { startColumn = column }
                    current.append(contentsOf: bytes[index..<index + length])
                    lastColumn = column
                } else {
                    flush()
                }
            }
            flush()
            return words
        } ?? nil
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
