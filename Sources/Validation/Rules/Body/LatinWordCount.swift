import Diagnostics

/// `WordCount.of` read from UTF-8 bytes, for text whose every scalar is a character of its own (`LoneScalar`).
///
/// Counting on `Character`s asks the Unicode tables twice per character
/// (`isWhitespace`, then `isLetter` or `isNumber`), which made word counting the
/// largest single cost of `rme check`. Where the characters are the scalars (CR LF
/// aside, and both are spaces), the same `Character` properties, asked once per
/// scalar and kept in a table, give the same count; `WordCountTests` holds both
/// equal. Text with any other scalar returns `nil` and is counted on `Character`s.
enum LatinWordCount {
    /// What a scalar is to the count.
    enum Role: UInt8 {
        /// Separates words (`Character.isWhitespace`).
        case space
        /// Makes its run a word (`Character.isLetter` or `isNumber`).
        case wordCharacter
        /// Belongs to a run without making it a word (punctuation, symbols).
        case other
        /// Not a lone scalar: the text is counted on `Character`s.
        case unsupported
    }

    /// The role of a scalar, from the same `Character` properties `WordCount` reads; `unsupported` past `LoneScalar`.
    static func role(of value: UInt32) -> Role {
        guard LoneScalar.contains(value), let scalar = Unicode.Scalar(value) else { return .unsupported }
        let character = Character(scalar)
        if character.isWhitespace { return .space }
        return character.isLetter || character.isNumber ? .wordCharacter : .other
    }

    /// Roles of `LoneScalar.latin`, then of `LoneScalar.punctuation`, built once.
    private static let latinRoles: [Role] = LoneScalar.latin.map(role(of:))
    private static let punctuationRoles: [Role] = LoneScalar.punctuation.map(role(of:))

    /// The role of any scalar, read from the tables (`ProseWords` reads them too).
    static func tableRole(of value: UInt32) -> Role {
        if value <= LoneScalar.latin.upperBound { return latinRoles[Int(value)] }
        if LoneScalar.punctuation.contains(value) { return punctuationRoles[Int(value - LoneScalar.punctuation.lowerBound)] }
        return .unsupported
    }

    /// The number of words, or `nil` when the text has a scalar that is not a lone scalar.
    static func count(in text: String) -> Int? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(count(utf8:)) ?? nil
    }

    /// Counts runs between spaces that hold a letter or a digit.
    private static func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var words = 0
        // Whether the run read since the last space holds a letter or a digit.
        var runIsWord = false
        var index = 0
        while index < bytes.count {
            let (value, length) = LoneScalar.decode(bytes, at: index)
            index += length
            switch tableRole(of: value) {
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
