import Diagnostics
import Testing

/// One of cmark's pathological inputs, placed as the body of an experience file.
struct PathologicalCase: Sendable, CustomTestStringConvertible {
    /// The name it has in cmark's `test/pathological_tests.py`.
    var name: String
    /// The Markdown body, exactly as the Python file builds it.
    var body: String

    var testDescription: String { name }

    /// The front matter the body follows; its lines shift every position in the body.
    static let frontMatter = """
        ---
        region: Aysén
        provincia: Coyhaique
        red: Red de prueba
        desde: 2015
        dependencia: [municipal]
        niveles: [básica]
        integrantes: [directores]
        establecimientos:
          - Escuela de prueba
        ---

        """

    /// Lines before the body: the front matter with its fences.
    static let lineOffset = SourceText(frontMatter).lineCount - 1

    /// The body as it stands after the front matter, ready for the guard and the parser.
    var source: SourceText { SourceText(body) }
}

/// The 25 inputs of cmark's `test/pathological_tests.py` (its newest form: 24 HTML cases
/// and "nested inlines" from its CommonMark-writer set), at the same sizes, in its order.
/// `scripts/bench-pathological.py` builds the same list for timing outside the tests.
enum PathologicalCatalogue {
    static let cases: [PathologicalCase] = [
        PathologicalCase(name: "nested strong emph", body: repeated("*a **a ", 32_500) + "b" + repeated(" a** a*", 32_500)),
        PathologicalCase(name: "many emph closers with no openers", body: repeated("a_ ", 32_500)),
        PathologicalCase(name: "many emph openers with no closers", body: repeated("_a ", 32_500)),
        PathologicalCase(name: "many link closers with no openers", body: repeated("a]", 32_500)),
        PathologicalCase(name: "many link openers with no closers", body: repeated("[a", 32_500)),
        PathologicalCase(name: "mismatched openers and closers", body: repeated("*a_ ", 25_000)),
        PathologicalCase(name: "issue #389", body: repeated("*a ", 20_000) + repeated("_a*_ ", 20_000)),
        PathologicalCase(name: "openers and closers multiple of 3", body: "a**b" + repeated("c* ", 25_000)),
        PathologicalCase(name: "link openers and emph closers", body: repeated("[ a_", 25_000)),
        PathologicalCase(name: "pattern [ (]( repeated", body: repeated("[ (](", 40_000)),
        PathologicalCase(name: "pattern ![[]() repeated", body: repeated("![[]()", 160_000)),
        PathologicalCase(name: "hard link/emph case", body: "**x [a*b**c*](d)"),
        PathologicalCase(name: "nested brackets", body: repeated("[", 25_000) + "a" + repeated("]", 25_000)),
        PathologicalCase(name: "nested block quotes", body: repeated("> ", 25_000) + "a"),
        PathologicalCase(name: "deeply nested lists", body: (0..<500).map { repeated("  ", $0) + "* a\n" }.joined()),
        PathologicalCase(name: "U+0000 in input", body: "abc\u{0}de\u{0}"),
        PathologicalCase(name: "backticks", body: (1..<2500).map { "e" + repeated("`", $0) }.joined()),
        PathologicalCase(name: "unclosed links A", body: repeated("[a](<b", 30_000)),
        PathologicalCase(name: "unclosed links B", body: repeated("[a](b", 30_000)),
        PathologicalCase(name: "unclosed <!--", body: "</" + repeated("<!--", 300_000)),
        PathologicalCase(name: "empty lines in deeply nested lists", body: repeated("- ", 30_000) + "x" + repeated("\n", 30_000)),
        PathologicalCase(
            name: "empty lines in deeply nested lists in blockquote",
            body: "> " + repeated("- ", 30_000) + "x\n" + repeated(">\n", 30_000)
        ),
        PathologicalCase(name: "emph in deep blockquote", body: repeated(">", 100_000) + repeated("a*", 100_000)),
        PathologicalCase(name: "reference collisions", body: referenceCollisions()),
        PathologicalCase(name: "nested inlines", body: repeated("*", 20_000) + "a" + repeated("*", 20_000)),
    ]

    /// The case with the given name (the catalogue's own test checks the names are unique).
    static func named(_ name: String) -> PathologicalCase {
        cases.first { $0.name == name }!
    }

    private static func repeated(_ text: String, _ count: Int) -> String {
        String(repeating: text, count: count)
    }

    /// cmark's `hash_collisions()`: 24,999 reference definitions whose labels all fall in
    /// one slot of the 16-slot hash table cmark once used, each followed by a reference to
    /// a label that is never defined.
    private static func referenceCollisions() -> String {
        func collides(_ key: String) -> Bool {
            var hash: UInt32 = 0
            for scalar in key.unicodeScalars {
                hash = UInt32(scalar.value) &+ (hash << 6) &+ (hash << 16) &- hash
            }
            return hash % 16 == 0
        }
        var keys: [String] = []
        var number = 0
        while keys.count < 25_000 {
            let key = "x\(number)"
            if collides(key) { keys.append(key) }
            number += 1
        }
        let unknown = keys[0]
        return keys.dropFirst().map { "[\($0)]: /url\n\n[\(unknown)]\n\n" }.joined()
    }
}

@Suite("Pathological inputs: the catalogue reproduces cmark's test file")
struct PathologicalCatalogueTests {
    @Test("25 distinct cases in the order of cmark's file")
    func twentyFiveCases() {
        let names = PathologicalCatalogue.cases.map(\.name)
        #expect(names.count == 25)
        #expect(Set(names).count == 25)
        #expect(names.first == "nested strong emph")
        #expect(names.last == "nested inlines")
    }

    /// Byte sizes printed by `scripts/bench-pathological.py` from cmark's own Python expressions.
    @Test("each body has the size of cmark's input", arguments: [
        ("nested strong emph", 455_001), ("many emph closers with no openers", 97_500),
        ("many emph openers with no closers", 97_500), ("many link closers with no openers", 65_000),
        ("many link openers with no closers", 65_000), ("mismatched openers and closers", 100_000),
        ("issue #389", 160_000), ("openers and closers multiple of 3", 75_004),
        ("link openers and emph closers", 100_000), ("pattern [ (]( repeated", 200_000),
        ("pattern ![[]() repeated", 960_000), ("hard link/emph case", 16),
        ("nested brackets", 50_001), ("nested block quotes", 50_001),
        ("deeply nested lists", 251_500), ("U+0000 in input", 7),
        ("backticks", 3_126_249), ("unclosed links A", 180_000),
        ("unclosed links B", 150_000), ("unclosed <!--", 1_200_002),
        ("empty lines in deeply nested lists", 90_001), ("empty lines in deeply nested lists in blockquote", 120_004),
        ("emph in deep blockquote", 300_000), ("reference collisions", 568_036),
        ("nested inlines", 40_001),
    ])
    func size(name: String, bytes: Int) {
        #expect(PathologicalCatalogue.named(name).body.utf8.count == bytes)
    }

    @Test("the reference collisions define 24,999 labels and refer to one that is not defined")
    func referenceCollisions() {
        let body = PathologicalCatalogue.named("reference collisions").body
        let lines = body.split(separator: "\n")
        #expect(lines.count == 2 * 24_999)
        #expect(lines[0] == "[x19]: /url")
        #expect(lines[1] == "[x8]")
        #expect(Set(lines.filter { !$0.contains(":") }).count == 1)
    }

    @Test("the body follows an 11-line front matter")
    func frontMatterOffset() {
        #expect(PathologicalCase.lineOffset == 11)
        #expect(PathologicalCase.frontMatter.hasSuffix("---\n"))
    }
}
