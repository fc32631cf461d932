import Foundation
import Testing
import TestSupport

/// The transcribed edition against its source: the text extracted from the 2018 booklet
/// (`../shared/seeds/experiencias-colaborativas-rme-2015-2017.txt`).
///
/// The extraction lives here, not in the product. Each region's chapter is cut out of the seed,
/// its hyphenation undone and its layout labels removed; what is left are the source words, and
/// they must appear, in the same order, among the words of the experience file (front matter
/// included): coverage = longest common subsequence / number of source words, at least 99 %.
/// The four front pages are checked the other way round: their words must all come from the
/// seed's front section, in order, so that they invent nothing.
@Suite("Fidelity of the 2015-2017 edition to the source booklet (../shared/seeds)")
struct FidelityTests {
    static let seedPath = "seeds/experiencias-colaborativas-rme-2015-2017.txt"
    static let edition = "Content/2015-2017"
    static let threshold = 99.0

    /// The regions in the booklet's order, north to south.
    static let slugs = [
        "arica-y-parinacota", "tarapaca", "antofagasta", "atacama", "coquimbo",
        "valparaiso", "metropolitana", "ohiggins", "maule", "biobio",
        "araucania", "los-rios", "los-lagos", "aysen", "magallanes",
    ]

    /// Layout labels and ornaments of a chapter: matched as token sequences once the chapter
    /// is one stream (they are wrapped over several lines in the extraction).
    static let labels = [
        "Experiencia colaborativa de la Red de Mejoramiento Escolar de",
        "• •",
        "Nombre de la RME:",
        "Principios y necesidades de la RME",
        "Objetivo de la RME",
        "Para movilizar el objetivo los integrantes de la RME:",
        "El trabajo colaborativo se refleja cuando sus integrantes:",
        "Idea fuerza de la RME",
        "Proyección y desafíos de la experiencia colaborativa",
    ]

    /// The label before the province's name. The name stays a source word, but it is found in the
    /// file's `provincia` (the front matter, ahead of the body), not in the order of the text.
    static let provinceLabel = "Principales aprendizajes y logros de la Red de Mejoramiento Escolar de"

    @Test(
        "each region's chapter appears in its experience file, in order (coverage ≥ 99 %)",
        .enabled(if: Repository.sharedIsPresent, Comment(rawValue: Repository.sharedAbsentReason))
    )
    func experiencesFollowTheirChapters() throws {
        let seed = Source(try Repository.sharedText(Self.seedPath))
        let chapters = seed.chapters()
        #expect(chapters.count == 15, "the seed should hold 15 chapters, found \(chapters.count): \(chapters.map(\.title))")

        let folder = Repository.root.appendingPathComponent("\(Self.edition)/experiencias")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count == 15, "\(Self.edition)/experiencias should hold 15 files, found \(files.count): \(files)")
        #expect(Set(files) == Set(Self.slugs.map { "\($0).md" }), "the files should be the 15 region slugs")
        try #require(chapters.count == Self.slugs.count)

        let labels = Self.labels.map(Words.tokens)
        let provinceLabel = Words.tokens(Self.provinceLabel)
        for (slug, chapter) in zip(Self.slugs, chapters) {
            let path = "\(Self.edition)/experiencias/\(slug).md"
            let url = Repository.root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                Issue.record("fidelidad \(slug): \(path) is missing (chapter «\(chapter.title)»)")
                continue
            }
            let file = try String(contentsOf: url, encoding: .utf8)
            var source = Words.removing(labels, from: Words.tokens(chapter.text))
            let province = Words.tokens(Self.frontMatterValue("provincia", in: file) ?? "")
            var provinceWords = 0
            switch Words.takeProvince(after: provinceLabel, expected: province, from: &source) {
            case .taken:
                provinceWords = province.count
            case .labelMissing:
                Issue.record("fidelidad \(slug): «\(Self.provinceLabel)» not found once in chapter «\(chapter.title)»")
            case .differs(let seen):
                Issue.record("""
                    fidelidad \(slug): the seed names the province «\(seen.joined(separator: " "))…» after \
                    «\(Self.provinceLabel)»; \(path) has provincia «\(province.joined(separator: " "))»
                    """)
            }
            let target = Words.tokens(file)
            let coverage = Coverage(of: source, in: target, alsoFound: provinceWords)
            print("fidelidad \(slug): \(coverage)")
            if coverage.percent < Self.threshold {
                Issue.record("""
                    fidelidad \(slug): \(coverage) < \(Self.threshold) % — the words of chapter «\(chapter.title)» \
                    (seed lines \(chapter.lines)) are not all in \(path), in order.
                    \(coverage.missingReport())
                    """)
            }
        }
    }

    @Test(
        "the four front pages come from the seed's front section, in order (coverage ≥ 99 %)",
        .enabled(if: Repository.sharedIsPresent, Comment(rawValue: Repository.sharedAbsentReason))
    )
    func frontPagesInventNothing() throws {
        let seed = Source(try Repository.sharedText(Self.seedPath))
        let front = try #require(seed.frontSection(), "the seed's front section («¿Qué es una Red…» up to the first chapter) was not found")
        let sourceWords = Words.tokens(front.text)

        let folder = Repository.root.appendingPathComponent("\(Self.edition)/paginas")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("0") && $0.hasSuffix(".md") }.sorted()
        #expect(pages.count == 4, "\(Self.edition)/paginas should hold 4 front pages, found \(pages.count): \(pages)")

        for page in pages {
            let path = "\(Self.edition)/paginas/\(page)"
            let text = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            let body = Words.tokens(Self.body(of: text))
            #expect(!body.isEmpty, "\(path) has an empty body")
            // Here the page's words are the ones to be found, in the seed.
            let coverage = Coverage(of: body, in: sourceWords)
            print("fidelidad \(page): \(coverage)")
            if coverage.percent < Self.threshold {
                Issue.record("""
                    fidelidad \(page): \(coverage) < \(Self.threshold) % — the body of \(path) has words that are not \
                    in the seed's front section (lines \(front.lines)), in order.
                    \(coverage.missingReport(what: "words of the page not found in the seed"))
                    """)
            }
        }
    }

    /// The value of a top-level `key: value` line of the front matter (quotes removed), if any.
    static func frontMatterValue(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.trimmingCharacters(in: .whitespaces) == "---" { break }
            guard line.hasPrefix("\(key):") else { continue }
            let value = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
            return value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        return nil
    }

    /// The text after the closing `---` of the front matter (the whole text when there is none).
    static func body(of text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        else { return text }
        return lines[(close + 1)...].joined(separator: "\n")
    }
}

// MARK: - The extraction

/// A part of the seed: its title, its text with hyphenation undone, and its lines (1-based).
struct Passage {
    var title: String
    var text: String
    var lines: ClosedRange<Int>
}

/// The seed, as lines.
struct Source {
    let lines: [String]

    init(_ text: String) {
        lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func trimmed(_ index: Int) -> String {
        lines[index].trimmingCharacters(in: .whitespaces)
    }

    /// Where each chapter title ("Experiencia colaborativa / de la Red de Mejoramiento / Escolar de X") starts.
    func titleStarts() -> [Int] {
        guard lines.count >= 3 else { return [] }
        return (0..<(lines.count - 2)).filter {
            trimmed($0) == "Experiencia colaborativa"
                && trimmed($0 + 1) == "de la Red de Mejoramiento"
                && trimmed($0 + 2).hasPrefix("Escolar de")
        }
    }

    /// The 15 chapters: from each title to the next, the last one ending before the final "www" lines.
    func chapters() -> [Passage] {
        let starts = titleStarts()
        guard let lastStart = starts.last else { return [] }
        let end = lines.indices.last(where: { $0 > lastStart && trimmed($0) == "www" }) ?? lines.count
        return starts.enumerated().map { n, start in
            let stop = n + 1 < starts.count ? starts[n + 1] : end
            let title = (start...(start + 2)).map(trimmed).joined(separator: " ")
            // The title lines themselves are left out; the label list covers any repetition.
            return Passage(
                title: title,
                text: Self.dehyphenate(Array(lines[(start + 3)..<stop])),
                lines: (start + 1)...stop
            )
        }
    }

    /// "¿Qué es una Red de Mejoramiento Escolar?" up to "Presentación de las experiencias" and its
    /// text: everything from the first heading to the first chapter title.
    func frontSection() -> Passage? {
        guard let first = titleStarts().first,
              let start = lines.indices.first(where: { trimmed($0).hasPrefix("¿Qué es una Red") }),
              start < first
        else { return nil }
        return Passage(title: "front", text: Self.dehyphenate(Array(lines[start..<first])), lines: (start + 1)...first)
    }

    /// Undoes hyphenation: a word ending in "-" at the end of a line joins the first word of the
    /// next non-empty line.
    static func dehyphenate(_ lines: [String]) -> String {
        var out: [String] = []
        var pending: String?
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if pending == nil { out.append("") }
                continue
            }
            var joined = line
            if let head = pending {
                joined = head + line
                pending = nil
            }
            if joined.hasSuffix("-"), joined.dropLast().last?.isLetter == true {
                pending = String(joined.dropLast())
            } else {
                out.append(joined)
            }
        }
        if let head = pending { out.append(head + "-") }
        return out.joined(separator: "\n")
    }
}

// MARK: - Words

enum Words {
    /// Lowercased words: runs of letters and digits (Unicode-aware); apostrophes, accents
    /// standing alone (’ ´ ') and all punctuation separate words.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.precomposedStringWithCanonicalMapping {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    enum ProvinceResult {
        case taken, labelMissing, differs([String])
    }

    /// Removes the label before the province and the province's words after it, when they are the
    /// expected ones. The extraction may glue the name to the next word ("CoyhaiqueComprobación"):
    /// the rest of that word stays in the stream.
    static func takeProvince(after label: [String], expected: [String], from words: inout [String]) -> ProvinceResult {
        let starts = words.indices.filter { i in
            i + label.count <= words.count && words[i..<(i + label.count)].elementsEqual(label)
        }
        guard starts.count == 1, let start = starts.first else { return .labelMissing }
        // The label goes in any case; the province's words go only when they are the expected ones.
        words.removeSubrange(start..<(start + label.count))
        let at = start
        let seen = Array(words[at..<min(words.count, at + max(expected.count, 1) + 1)])
        guard !expected.isEmpty, at + expected.count <= words.count,
              words[at..<(at + expected.count - 1)].elementsEqual(expected.dropLast())
        else { return .differs(seen) }
        let last = words[at + expected.count - 1], name = expected[expected.count - 1]
        if last == name {
            words.removeSubrange(at..<(at + expected.count))
        } else if last.hasPrefix(name) {
            words[at + expected.count - 1] = String(last.dropFirst(name.count))
            words.removeSubrange(at..<(at + expected.count - 1))
        } else {
            return .differs(seen)
        }
        return .taken
    }

    /// The stream without any occurrence of the given token sequences (longest first, left to right).
    static func removing(_ sequences: [[String]], from words: [String]) -> [String] {
        let sequences = sequences.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var out: [String] = []
        out.reserveCapacity(words.count)
        var i = 0
        scan: while i < words.count {
            for sequence in sequences where i + sequence.count <= words.count {
                if words[i..<(i + sequence.count)].elementsEqual(sequence) {
                    i += sequence.count
                    continue scan
                }
            }
            out.append(words[i])
            i += 1
        }
        return out
    }
}

/// How many of `source`'s words appear, in order, in `target`: the longest common subsequence,
/// plus `alsoFound` words checked apart (the province), counted on both sides of the figure.
struct Coverage: CustomStringConvertible {
    let source: [String]
    let target: [String]
    let alsoFound: Int
    let inOrder: Int

    var matched: Int { inOrder + alsoFound }
    var total: Int { source.count + alsoFound }

    init(of source: [String], in target: [String], alsoFound: Int = 0) {
        self.source = source
        self.target = target
        self.alsoFound = alsoFound
        // Words as integers, so that the O(n·m) loop compares integers.
        var ids: [String: Int] = [:]
        let sourceIDs = source.map { word -> Int in
            if let id = ids[word] { return id }
            ids[word] = ids.count
            return ids.count - 1
        }
        let targetIDs = target.map { ids[$0] ?? -1 }
        // Two rows.
        var previous = [Int](repeating: 0, count: targetIDs.count + 1)
        var current = previous
        for a in sourceIDs {
            var j = 1
            while j <= targetIDs.count {
                current[j] = a == targetIDs[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
                j += 1
            }
            swap(&previous, &current)
        }
        inOrder = previous[targetIDs.count]
    }

    var percent: Double { total == 0 ? 100 : Double(matched) * 100 / Double(total) }

    var description: String {
        "\(matched)/\(total) = \(String(format: "%.1f", percent)) %"
    }

    /// The runs of source words left out of one longest common subsequence (computed with the
    /// full table: only when a test fails).
    func missingReport(what: String = "source words not found, in order, in the file", limit: Int = 12) -> String {
        let n = source.count, m = target.count
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = source[i] == target[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var missing: [Int] = []
        var i = 0, j = 0
        while i < n {
            if j < m && source[i] == target[j] && table[i][j] == table[i + 1][j + 1] + 1 {
                i += 1; j += 1
            } else if j < m && table[i][j + 1] >= table[i + 1][j] {
                j += 1
            } else {
                missing.append(i); i += 1
            }
        }
        var runs: [ClosedRange<Int>] = []
        for index in missing {
            if let last = runs.last, last.upperBound + 1 == index {
                runs[runs.count - 1] = last.lowerBound...index
            } else {
                runs.append(index...index)
            }
        }
        let shown = runs.prefix(limit).map { run -> String in
            let before = source[max(0, run.lowerBound - 3)..<run.lowerBound].joined(separator: " ")
            let after = source[(run.upperBound + 1)..<min(n, run.upperBound + 4)].joined(separator: " ")
            return "  … \(before) [\(source[run].joined(separator: " "))] \(after) …"
        }
        let more = runs.count > limit ? "\n  (and \(runs.count - limit) more)" : ""
        return "\(what) (\(missing.count) in \(runs.count) runs), in brackets:\n" + shown.joined(separator: "\n") + more
    }
}
