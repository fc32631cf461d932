import Diagnostics

/// Spellings of the schema's region names that differ from the canonical name (`nombre`) only by the apostrophe,
/// accents, hyphens or spaces: «O´Higgins», «O'Higgins», «Bio-Bio», «Biobio», «Valparaiso», «Los Rios».
///
/// The names come from the schema's region list, never from here. A spelling is whole words (so «Maulero» is
/// not «Maule») starting with a capital as the name does (so «los ríos» and «los lagos», common words, pass);
/// one that differs from the name only by case («LOS LAGOS») is not another spelling either. Found once per
/// schema (`SchemaIndex`) and shared by the body, front-matter and `edition.yaml` checks.
struct RegionSpellings: Sendable {
    /// One spelling found in a text.
    struct Finding: Equatable, Sendable {
        /// The spelling as written («O´Higgins»).
        let written: String
        /// The region's canonical name («O’Higgins»).
        let canonical: String
        /// Where the spelling starts in the text, in characters from its start.
        let offset: Int
        /// How many characters it has.
        let length: Int
    }

    /// Apostrophes a name may be written with: straight, grave, acute, left and right quotes, modifier letter.
    static let apostrophes: Set<Character> = ["'", "`", "´", "‘", "’", "ʼ"]
    /// Hyphens that may join or split a name's words: hyphen-minus, hyphen, non-breaking hyphen.
    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}"]
    /// Spaces that may stand between a name's words: space, no-break space.
    static let spaces: Set<Character> = [" ", "\u{A0}"]

    /// Each canonical name by its skeleton (`skeleton(of:)`).
    private let names: [String: String]
    /// The skeletons' lengths by their first letter: a window of words whose letters do not start and count
    /// as one of these spells no name, and is dropped before it is folded (folding is what the check costs).
    private let lengthsByFirstLetter: [Character: Set<Int>]
    /// The most words a spelling can have: the longest name's words, plus one for a name split in two («Bio Bio»).
    private let maxWords: Int

    /// One word of a text: where it stands, and how many letters it has besides its apostrophes.
    struct Word {
        let range: Range<Int>
        let letters: Int
    }

    /// Folds the canonical name of every region.
    init(_ regions: [RegionSpec]) {
        var names: [String: String] = [:]
        var lengths: [Character: Set<Int>] = [:]
        var maxWords = 1
        for spec in regions {
            let skeleton = Self.skeleton(of: spec.region.name)
            guard let first = skeleton.first, names[skeleton] == nil else { continue }
            names[skeleton] = spec.region.name
            lengths[first, default: []].insert(skeleton.count)
            let words = spec.region.name.split { Self.spaces.contains($0) || Self.hyphens.contains($0) }.count
            maxWords = max(maxWords, words + 1)
        }
        self.names = names
        lengthsByFirstLetter = lengths
        self.maxWords = maxWords
    }

    /// A text without case, accents, apostrophes, hyphens or spaces: «O´Higgins», «O'Higgins» and «OHiggins» are
    /// all «ohiggins»; «Bío-Bío» and «Biobío» are «biobio».
    static func skeleton(of text: String) -> String {
        String(TextKey.of(text).filter { !(apostrophes.contains($0) || hyphens.contains($0) || $0.isWhitespace) })
    }

    /// Every spelling of a region name in `text` that is not the canonical name, in order.
    func findings(in text: String) -> [Finding] {
        let units = Units(text)
        return findings(in: units, within: 0..<units.count)
    }

    /// Every spelling of a region name in the units `range` of a text, not the canonical name, in order; offsets
    /// from the range's start.
    func findings(in units: Units, within range: Range<Int>) -> [Finding] {
        switch units {
        case .scalars(let scalars): findings(in: Array(scalars[range]))
        case .characters(let characters): findings(in: Array(characters[range]))
        }
    }

    /// A text cut once for the search: its scalars where each is a character of its own (`LoneScalar`), read
    /// without breaking the text into grapheme clusters, which is most of what the search would cost; else its
    /// characters. Either way an offset is a character column.
    enum Units {
        case scalars([Unicode.Scalar])
        case characters([Character])

        /// The text's units.
        init(_ text: String) {
            // CR LF is one character of two scalars; a line holds neither, a value may.
            if text.unicodeScalars.allSatisfy({ LoneScalar.contains($0.value) && $0.value != 0x0D }) {
                self = .scalars(Array(text.unicodeScalars))
            } else {
                self = .characters(Array(text))
            }
        }

        /// How many characters the text has.
        var count: Int {
            switch self {
            case .scalars(let scalars): scalars.count
            case .characters(let characters): characters.count
            }
        }
    }

    /// Every spelling of a region name in a text's units that is not the canonical name, in order.
    private func findings<Unit: SpellingUnit>(in units: [Unit]) -> [Finding] {
        let words = Self.words(in: units)
        var findings: [Finding] = []
        var index = 0
        while index < words.count {
            guard let length = match(at: index, words: words, units: units, into: &findings) else {
                index += 1
                continue
            }
            index += length
        }
        return findings
    }

    /// How many words from `index` spell a region name (adding a finding when not canonically), or `nil`.
    private func match<Unit: SpellingUnit>(at index: Int, words: [Word], units: [Unit], into findings: inout [Finding]) -> Int? {
        let start = words[index].range.lowerBound
        guard units[start].isUppercaseLetter, let lengths = lengthsByFirstLetter[units[start].foldedLetter] else { return nil }
        var letters = 0
        for count in 1...maxWords where index + count <= words.count {
            let last = words[index + count - 1]
            if count > 1, !Self.mayJoin(units[words[index + count - 2].range.upperBound..<last.range.lowerBound]) { return nil }
            letters += last.letters
            guard lengths.contains(letters) else { continue }
            let written = Unit.text(units[start..<last.range.upperBound])
            guard let canonical = names[Self.skeleton(of: written)] else { continue }
            if written.lowercased() != canonical.lowercased() {
                findings.append(Finding(written: written, canonical: canonical, offset: start, length: last.range.upperBound - start))
            }
            return count
        }
        return nil
    }

    /// Whether what stands between two words may be inside a name: a space or a hyphen, with spaces around it.
    private static func mayJoin<Unit: SpellingUnit>(_ gap: ArraySlice<Unit>) -> Bool {
        !gap.isEmpty && gap.count <= 3 && gap.allSatisfy { $0.isNameSpace || $0.isNameHyphen }
            && gap.filter(\.isNameHyphen).count <= 1
    }

    /// The words of a text: letters and digits, with an apostrophe inside a word kept in it («O´Higgins» is one
    /// word, «'Maule'» is «Maule»).
    static func words<Unit: SpellingUnit>(in units: [Unit]) -> [Word] {
        var words: [Word] = []
        var start: Int?
        var letters = 0
        for index in units.indices {
            let unit = units[index]
            if unit.isWordCharacter {
                if start == nil { start = index }
                // ʼ (U+02BC) is a letter to Unicode but an apostrophe to a name: the skeleton drops it.
                if !unit.isApostrophe { letters += 1 }
            } else if let open = start {
                let inside = unit.isApostrophe && index + 1 < units.count && units[index + 1].isWordCharacter
                if !inside {
                    words.append(Word(range: open..<index, letters: letters))
                    start = nil
                    letters = 0
                }
            }
        }
        if let open = start { words.append(Word(range: open..<units.count, letters: letters)) }
        return words
    }
}

/// What the search asks of one unit of a text, a `Character` or a lone `Unicode.Scalar` (one character).
protocol SpellingUnit {
    /// A letter or a digit.
    var isWordCharacter: Bool { get }
    /// One of `RegionSpellings.apostrophes`.
    var isApostrophe: Bool { get }
    /// One of `RegionSpellings.spaces`.
    var isNameSpace: Bool { get }
    /// One of `RegionSpellings.hyphens`.
    var isNameHyphen: Bool { get }
    /// A capital letter.
    var isUppercaseLetter: Bool { get }
    /// The letter in comparison form (no case, no accent).
    var foldedLetter: Character { get }
    /// Units as text.
    static func text(_ units: ArraySlice<Self>) -> String
}

extension Character: SpellingUnit {
    var isWordCharacter: Bool { isLetter || isNumber }
    var isApostrophe: Bool { RegionSpellings.apostrophes.contains(self) }
    var isNameSpace: Bool { RegionSpellings.spaces.contains(self) }
    var isNameHyphen: Bool { RegionSpellings.hyphens.contains(self) }
    var isUppercaseLetter: Bool { isUppercase }
    var foldedLetter: Character { TextKey.of(String(self)).first ?? self }
    static func text(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension Unicode.Scalar: SpellingUnit {
    // ASCII first, without Unicode's property tables: most of a Spanish text.
    var isWordCharacter: Bool {
        if value < 0x80 { return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39) }
        return LoneScalarRole.of(value) == .wordCharacter
    }
    var isApostrophe: Bool { [0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x2BC].contains(value) }
    var isNameSpace: Bool { value == 0x20 || value == 0xA0 }
    var isNameHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }
    var isUppercaseLetter: Bool { value < 0x80 ? (value >= 0x41 && value <= 0x5A) : properties.isUppercase }
    var foldedLetter: Character {
        value < 0x80 ? Character(Unicode.Scalar(UInt8(value) | 0x20)) : (TextKey.of(String(Character(self))).first ?? Character(self))
    }
    static func text(_ units: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(units)) }
}
