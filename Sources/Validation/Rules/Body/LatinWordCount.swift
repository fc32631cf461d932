/// `WordCount.of` read from UTF-8 bytes, for text whose scalars all lie where each scalar is a character of its own.
///
/// Counting on `Character`s asks the Unicode tables twice per character
/// (`isWhitespace`, then `isLetter` or `isNumber`), which made word counting the
/// largest single cost of `rme check`. Below U+0250 and in General Punctuation
/// (U+2000–U+206F: `’`, `“`, `–`, `…`) no scalar joins its neighbour into one
/// character, except CR LF (both spaces) and the zero-width non-joiner and joiner,
/// which are left out. There the characters are the scalars, so the same
/// `Character` properties, asked once per scalar and kept in a table, give the same
/// count; `WordCountTests` holds both equal. Text with any other scalar returns
/// `nil` and is counted on `Character`s.
enum LatinWordCount {
    /// What a scalar is to the count.
    enum Role: UInt8 {
        /// Separates words (`Character.isWhitespace`).
        case space
        /// Makes its run a word (`Character.isLetter` or `isNumber`).
        case wordCharacter
        /// Belongs to a run without making it a word (punctuation, symbols).
        case other
        /// Not covered: the text is counted on `Character`s.
        case unsupported
    }

    /// The covered ranges: ASCII to Latin Extended-B, and General Punctuation.
    static let latin: ClosedRange<UInt32> = 0x0000...0x024F
    static let punctuation: ClosedRange<UInt32> = 0x2000...0x206F
    /// The zero-width non-joiner and joiner: they join the characters around them.
    static let joiners: ClosedRange<UInt32> = 0x200C...0x200D

    /// The role of a covered scalar, from the same `Character` properties `WordCount` reads; `unsupported` elsewhere.
    static func role(of value: UInt32) -> Role {
        guard latin.contains(value) || (punctuation.contains(value) && !joiners.contains(value)),
              let scalar = Unicode.Scalar(value) else { return .unsupported }
        let character = Character(scalar)
        if character.isWhitespace { return .space }
        return character.isLetter || character.isNumber ? .wordCharacter : .other
    }

    /// Roles of U+0000–U+024F, then of U+2000–U+206F, built once.
    private static let latinRoles: [Role] = latin.map(role(of:))
    private static let punctuationRoles: [Role] = punctuation.map(role(of:))

    /// The number of words, or `nil` when the text has a scalar outside the covered ranges.
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
            let lead = bytes[index]
            let role: Role
            if lead < 0x80 {
                role = latinRoles[Int(lead)]
                index += 1
            } else if lead & 0xE0 == 0xC0, index + 1 < bytes.count {
                let value = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
                role = value < latinRoles.count ? latinRoles[value] : .unsupported
                index += 2
            } else if lead & 0xF0 == 0xE0, index + 2 < bytes.count {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                role = punctuation.contains(value) ? punctuationRoles[Int(value - punctuation.lowerBound)] : .unsupported
                index += 3
            } else {
                return nil
            }
            switch role {
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
