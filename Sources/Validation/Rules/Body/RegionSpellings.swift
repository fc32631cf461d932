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
    /// The folded first letter of every name: a word starting with another letter is no spelling of any.
    private let firstLetters: Set<Character>
    /// The most words a spelling can have: the longest name's words, plus one for a name split in two («Bio Bio»).
    private let maxWords: Int

    /// Folds the canonical name of every region.
    init(_ regions: [RegionSpec]) {
        var names: [String: String] = [:]
        var maxWords = 1
        for spec in regions {
            let skeleton = Self.skeleton(of: spec.region.name)
            guard !skeleton.isEmpty, names[skeleton] == nil else { continue }
            names[skeleton] = spec.region.name
            let words = spec.region.name.split { Self.spaces.contains($0) || Self.hyphens.contains($0) }.count
            maxWords = max(maxWords, words + 1)
        }
        self.names = names
        firstLetters = Set(names.keys.compactMap(\.first))
        self.maxWords = maxWords
    }

    /// A text without case, accents, apostrophes, hyphens or spaces: «O´Higgins», «O'Higgins» and «OHiggins» are
    /// all «ohiggins»; «Bío-Bío» and «Biobío» are «biobio».
    static func skeleton(of text: String) -> String {
        String(TextKey.of(text).filter { !(apostrophes.contains($0) || hyphens.contains($0) || $0.isWhitespace) })
    }

    /// Every spelling of a region name in `text` that is not the canonical name, in order.
    func findings(in text: String) -> [Finding] {
        // Most texts hold no capital a name starts with: skip them before building words.
        guard text.contains(where: { $0.isUppercase }) else { return [] }
        let characters = Array(text)
        let words = Self.words(in: characters)
        var findings: [Finding] = []
        var index = 0
        while index < words.count {
            guard let length = match(at: index, words: words, characters: characters, into: &findings) else {
                index += 1
                continue
            }
            index += length
        }
        return findings
    }

    /// How many words from `index` spell a region name (adding a finding when not canonically), or `nil`.
    private func match(at index: Int, words: [Range<Int>], characters: [Character], into findings: inout [Finding]) -> Int? {
        let start = words[index].lowerBound
        guard characters[start].isUppercase, let first = TextKey.of(String(characters[start])).first,
              firstLetters.contains(first) else { return nil }
        for count in 1...maxWords where index + count <= words.count {
            let last = words[index + count - 1]
            if count > 1, !Self.mayJoin(characters[words[index + count - 2].upperBound..<last.lowerBound]) { return nil }
            let written = String(characters[start..<last.upperBound])
            guard let canonical = names[Self.skeleton(of: written)] else { continue }
            if written.lowercased() != canonical.lowercased() {
                findings.append(Finding(written: written, canonical: canonical, offset: start, length: last.upperBound - start))
            }
            return count
        }
        return nil
    }

    /// Whether what stands between two words may be inside a name: a space or a hyphen, with spaces around it.
    private static func mayJoin(_ gap: ArraySlice<Character>) -> Bool {
        !gap.isEmpty && gap.count <= 3 && gap.allSatisfy { spaces.contains($0) || hyphens.contains($0) }
            && gap.filter { hyphens.contains($0) }.count <= 1
    }

    /// The words of a text as character ranges: letters and digits, with an apostrophe inside a word kept in it
    /// («O´Higgins» is one word, «'Maule'» is «Maule»).
    static func words(in characters: [Character]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if let open = start {
                let inside = apostrophes.contains(character) && index + 1 < characters.count
                    && (characters[index + 1].isLetter || characters[index + 1].isNumber)
                if !inside {
                    words.append(open..<index)
                    start = nil
                }
            }
            index += 1
        }
        if let open = start { words.append(open..<characters.count) }
        return words
    }
}
