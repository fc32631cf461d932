/// Ranges of years as the booklet prints them: «2015–2017», the two years joined by an en dash without spaces.
///
/// Issue 15 asks for one form of a range everywhere. `edition.yaml` keeps the period as the 2018 booklet's title
/// page prints it («2015 - 2017») and regions type hyphens («2015-2017»), so the form is set when a text is shown,
/// never by asking anyone to type an en dash. It lives in `Markup`, the lowest module that shows text, so the
/// edition's period (`Content`) and the body's text nodes (`CmarkBridge`) share this one rule.
public enum YearRange {
    /// The dashes a range may be written with: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash,
    /// em dash, minus sign.
    static let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// The spaces a range may have around its dash: space, no-break space, narrow no-break space, thin space.
    static let spaces: Set<Character> = [" ", "\u{A0}", "\u{202F}", "\u{2009}"]

    /// Characters next to which four digits are part of something else (a code, a date, a number, a path):
    /// `978-956-2015-2017`, `2015-2017/2`, `v2015-2017`, `20.2015-2017`.
    private static func joins(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || dashes.contains(character) || character == "/" || character == "." || character == "_"
    }

    /// The text with every range of two years written with an en dash and no spaces; the rest unchanged.
    ///
    /// A range is two years from 1900 to 2099, the second later than the first, joined by one dash from
    /// `dashes` with at most one space from `spaces` on either side («2015 - 2017», «2015—2017»). Later-than
    /// and the century keep phone numbers («2345-6789») and codes out; a sentence's final period after the
    /// second year is no code («desde 2015-2017.»).
    public static func typeset(_ text: String) -> String {
        // Nearly every text has no year range: one pass over the bytes finds that without building characters.
        guard mayHoldRange(text) else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            if let second = secondYear(in: characters, at: index) {
                result += String(characters[index..<index + 4]) + "\u{2013}" + String(characters[second..<second + 4])
                index = second + 4
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// Whether the text has two digits "19" or "20" at least twice and a dash or minus: the cheap test before the walk.
    private static func mayHoldRange(_ text: String) -> Bool {
        var centuries = 0, dash = false, previous: UInt8 = 0
        for byte in text.utf8 {
            if (previous == UInt8(ascii: "1") && byte == UInt8(ascii: "9")) || (previous == UInt8(ascii: "2") && byte == UInt8(ascii: "0")) {
                centuries += 1
            }
            // `-`, or the lead byte E2 of U+2010…U+2014 and U+2212 (checked exactly by the walk).
            if byte == UInt8(ascii: "-") || byte == 0xE2 { dash = true }
            previous = byte
        }
        return centuries >= 2 && dash
    }

    /// The start of the second year when a range begins at `index`; `nil` otherwise.
    private static func secondYear(in characters: [Character], at index: Int) -> Int? {
        if index > 0, joins(characters[index - 1]) { return nil }
        guard let first = year(in: characters, at: index) else { return nil }
        var position = index + 4
        if position < characters.count, spaces.contains(characters[position]) { position += 1 }
        guard position < characters.count, dashes.contains(characters[position]) else { return nil }
        position += 1
        if position < characters.count, spaces.contains(characters[position]) { position += 1 }
        guard let second = year(in: characters, at: position), second > first else { return nil }
        let after = position + 4
        if after < characters.count {
            let next = characters[after]
            let sentenceEnd = next == "." && (after + 1 == characters.count || !characters[after + 1].isNumber)
            if joins(next), !sentenceEnd { return nil }
        }
        return position
    }

    /// The year written with four ASCII digits at `index`, from 1900 to 2099; `nil` otherwise.
    private static func year(in characters: [Character], at index: Int) -> Int? {
        guard index + 4 <= characters.count else { return nil }
        var value = 0
        for character in characters[index..<index + 4] {
            guard let ascii = character.asciiValue, ascii >= UInt8(ascii: "0"), ascii <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(ascii - UInt8(ascii: "0"))
        }
        return (1900...2099).contains(value) ? value : nil
    }
}
