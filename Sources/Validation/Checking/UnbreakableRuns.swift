/// Runs of characters with no breakable space between them: what the PDF engine must lay out as one "word".
///
/// WeasyPrint 57 breaks a line at a space cheaply. A line it must break elsewhere (inside a run, at a
/// backslash, slash or hyphen) makes it lay out the rest of the paragraph again, so a paragraph's cost
/// grows with the characters it holds in runs longer than a line times its length, worst in the booklet's
/// narrow two-column boxes (`scripts/bench-long-words.py` measures it). No-break spaces (U+00A0, U+2007,
/// U+202F) glue words together, so they belong to the run.
enum UnbreakableRuns {
    /// One run: its length and the offset of its first character, in `Character`s.
    struct Run: Equatable {
        let length: Int
        let start: Int
    }

    /// Whether a character ends a run: whitespace the engine may break at.
    static func breaks(at character: Character) -> Bool {
        // ASCII first, without Unicode property lookups: they were a tenth of `rme check`'s time.
        if let ascii = character.asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
        guard character.isWhitespace else { return false }
        return character != "\u{00A0}" && character != "\u{2007}" && character != "\u{202F}"
    }

    /// The runs of `text` longer than `minimum` characters, in order.
    static func runs(in text: String, longerThan minimum: Int) -> [Run] {
        // Almost every text has none: say so from its bytes, without cutting it into characters (most of the
        // rule's time). A run has at least as many bytes as characters, and breaking only at ASCII white space
        // makes runs no shorter, so no byte run over `minimum` means no character run over it either.
        guard mayHaveRun(in: text, longerThan: minimum) else { return [] }
        var found: [Run] = []
        var length = 0, start = 0, offset = 0
        for character in text {
            if breaks(at: character) {
                if length > minimum { found.append(Run(length: length, start: start)) }
                length = 0
                start = offset + 1
            } else {
                length += 1
            }
            offset += 1
        }
        if length > minimum { found.append(Run(length: length, start: start)) }
        return found
    }

    /// Whether `text` has a run of more than `minimum` bytes between ASCII white space.
    static func mayHaveRun(in text: String, longerThan minimum: Int) -> Bool {
        var length = 0
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                length = 0
            } else {
                length += 1
                if length > minimum { return true }
            }
        }
        return false
    }

    /// The longest run of `text` (the first of equal ones); length 0 for a text of spaces or none.
    static func longest(in text: String) -> Run {
        runs(in: text, longerThan: 0).reduce(Run(length: 0, start: 0)) { $1.length > $0.length ? $1 : $0 }
    }
}
