import Diagnostics

/// `WordCount.of` read from UTF-8 bytes, for text whose every scalar is a character of its own (`LoneScalar`).
///
/// Counting on `Character`s asks the Unicode tables twice per character
/// (`isWhitespace`, then `isLetter` or `isNumber`), which made word counting the
/// largest single cost of `rme check`. Where the characters are the scalars (CR LF
/// aside, and both are spaces), the same `Character` properties, asked once per
/// scalar and kept in a table (`LoneScalarRole`), give the same count;
/// `WordCountTests` holds both equal. Text with any other scalar returns `nil`
/// and is counted on `Character`s.
enum LatinWordCount {
    /// The number of words, or `nil` when the text has a scalar that is not a lone scalar.
    static func count(in text: String) -> Int? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(count(utf8:)) ?? nil
    }

    /// Counts runs between spaces that hold a letter or a digit.
    private static func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let roles = LoneScalarRole.table
        var words = 0
        // Whether the run read since the last space holds a letter or a digit.
        var runIsWord = false
        var index = 0
        while index < bytes.count {
            let (value, length) = LoneScalar.decode(bytes, at: index)
            index += length
            switch roles.role(of: value) {
            case .unsupported:
                return nil
            case .space:
                if runIsWord { words += 1 }
                runIsWord = false
            case .wordCharacter:
                runIsWord = true
            case .other:
                break
            }
        }
        if runIsWord { words += 1 }
        return words
    }
}
