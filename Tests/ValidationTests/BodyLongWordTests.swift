import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.long-word and front-matter.long-word")
struct BodyLongWordTests {
    let limit = BodyFixtures.schema.unbreakableRun

    /// A run of `count` characters of `unit` (the last copy cut to fit).
    func run(_ unit: String, _ count: Int) -> String {
        String(String(repeating: unit, count: count / unit.count + 1).prefix(count))
    }

    @Test("a run ends at exactly the white space the engine breaks at: ASCII white space and Unicode's, never the no-break spaces")
    func breakingCharacters() {
        var characters: [Character] = (0...0x3000).compactMap { Unicode.Scalar($0).map(Character.init) }
        characters += ["\r\n", "e\u{301}", " \u{301}"]
        for character in characters {
            let expected = character.isWhitespace && !["\u{00A0}", "\u{2007}", "\u{202F}"].contains(character)
            #expect(UnbreakableRuns.breaks(at: character) == expected, "\(character.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("the schema states both thresholds, the warning above any Spanish word and the error far below what stalls the PDF engine")
    func schemaLimit() throws {
        let warning = try #require(limit.warning), error = try #require(limit.error)
        #expect(warning >= 40 && warning < error)
        #expect(BodyFixtures.schema.unbreakableRun == Schema.defaultUnbreakableRun)
    }

    @Test("each run over the warning is a warning where it starts; at the warning a run passes")
    func warnings() throws {
        let warning = try #require(limit.warning)
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "necesidades": """
                ## Principios y necesidades

                Las escuelas necesitan 1️⃣\(run("a-", warning + 1)) compartir
                sus prácticas en \(run("a-", warning)) y 2️⃣\(run("a-", warning + 1)) también.

                """,
        ])))
        let diagnostics = BodyFixtures.run(LongWordRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.long-word", .warning, at: "1️⃣"),
            ExpectedDiagnostic("body.long-word", .warning, at: "2️⃣"),
        ], in: marked)
        #expect(diagnostics.first?.message.es == "En el texto hay una «palabra» de \(warning + 1) caracteres sin espacios («a-a-a-a-a-a-a-a…»); se recomiendan hasta \(warning): no cabe en una línea de las columnas del cuadernillo y se sale del margen.")
    }

    @Test("the long runs of one paragraph or item, added up past the error, are one error at the first; up to it, warnings")
    func errors() throws {
        let warning = try #require(limit.warning), error = try #require(limit.error)
        let count = error / (warning + 1) + 1
        // The source writes each backslash twice (`\\`), the reader sees one: what is seen is counted.
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "necesidades": """
                ## Principios y necesidades

                Una fila 1️⃣\(run("\\", 2 * error)) al borde.

                Otra 2️⃣\(run("\\", 2 * (error + 1))) de más.

                """,
            "aprendizajes": """
                ## Aprendizajes y logros

                - Confianza.
                - Filas 3️⃣\(Array(repeating: run("/", warning + 1), count: count).joined(separator: " ")) y \(run("/", warning))

                """,
        ])))
        let diagnostics = BodyFixtures.run(LongWordRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.long-word", .warning, at: "1️⃣"),
            ExpectedDiagnostic("body.long-word", .error, at: "2️⃣"),
            ExpectedDiagnostic("body.long-word", .error, at: "3️⃣"),
        ], in: marked)
        #expect(diagnostics[1].message.es.hasPrefix("En el texto hay una «palabra» de \(error + 1) caracteres sin espacios («\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\…»); el máximo es \(error)"))
        #expect(diagnostics[2].message.es.hasPrefix("En el texto hay \(count) «palabras» sin espacios de más de \(warning) caracteres, \(count * (warning + 1)) en total"))
    }

    @Test("what a reader sees is measured: a link's address does not count, its text does; a no-break space joins words")
    func visibleText() throws {
        let warning = try #require(limit.warning)
        let address = "https://www.mineduc.cl/" + run("x", warning * 2)
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": """
                ## Objetivo

                Ver [el sitio](\(address)) y 1️⃣[\(run("y", warning + 1))](https://www.mineduc.cl) y luego
                2️⃣\(run("z", warning / 2))\u{00A0}\(run("z", warning / 2)) y \(run("w", warning / 2))\u{2009}\(run("w", warning / 2)).

                """,
        ])))
        expectDiagnostics(BodyFixtures.run(LongWordRule(), marked.text), [
            ExpectedDiagnostic("body.long-word", .warning, at: "1️⃣"),
            ExpectedDiagnostic("body.long-word", .warning, at: "2️⃣"),
        ], in: marked)
    }

    @Test("headings, code blocks and front pages are measured too")
    func otherBlocks() throws {
        let warning = try #require(limit.warning)
        let page = MarkedText("---\ntitulo: \"Presentación\"\n---\n\n# 1️⃣\(run("t", warning + 1))\n\nTexto.\n\n    2️⃣\(run("c", warning + 1))\n")
        expectDiagnostics(BodyFixtures.run(LongWordRule(), page.text, kind: .frontPage), [
            ExpectedDiagnostic("body.long-word", .warning, at: "1️⃣"),
            ExpectedDiagnostic("body.long-word", .warning, at: "2️⃣"),
        ], in: page)
    }

    @Test("a front-matter value is measured at its line, list items one by one; a value already too long for its field is left to front-matter.too-long")
    func frontMatterValues() throws {
        let warning = try #require(limit.warning), error = try #require(limit.error)
        let school = RuleHarness.marked(
            replacing: "establecimientos: [Escuela Uno, Escuela Dos]",
            with: "establecimientos: [Escuela Uno, 1️⃣\"Escuela \(run("/", warning + 1))\"]")
        expectDiagnostics(RuleHarness.run(LongWordValueRule(), school.text), [
            ExpectedDiagnostic("front-matter.long-word", .warning, at: "1️⃣"),
        ], in: school)
        #expect(RuleHarness.run(LongWordValueRule(), school.text).first?.message.es.hasPrefix("En «establecimientos» hay una «palabra» de \(warning + 1) caracteres") == true)

        let name = RuleHarness.marked(replacing: "red: Red de prueba", with: "red: \(run("\\\\", error + 1))")
        let all = RuleHarness.runAll(name.text)
        #expect(all.map(\.code).contains("front-matter.too-long"))
        #expect(!all.map(\.code).contains("front-matter.long-word"))

        let page = MarkedText("---\ntitulo: 1️⃣\"\(run("=", warning + 1))\"\notra: 2️⃣\(run("=", error + 1))\n---\n\nTexto.\n")
        expectDiagnostics(RuleHarness.run(LongWordValueRule(), page.text, kind: .frontPage), [
            ExpectedDiagnostic("front-matter.long-word", .warning, at: "1️⃣"),
            ExpectedDiagnostic("front-matter.long-word", .error, at: "2️⃣"),
        ], in: page)
    }

    @Test("the excerpt in the message shows invisible characters as U+FFFD, so the message reads as it prints")
    func printableExcerpt() {
        #expect(LongWordWording.printable("ab\u{202E}c\u{0007}d") == "ab\u{FFFD}c\u{FFFD}d")
        #expect(LongWordWording.printable("Ñandú") == "Ñandú")
    }

    @Test("runs are counted in characters between breakable spaces", arguments: [
        ("", 0, 0), ("   ", 0, 0), ("uno dos", 3, 0), ("a bcd ef", 3, 2), ("e\u{301}e\u{301} x", 2, 0),
        ("a\u{00A0}b\u{202F}c\u{2007}d", 7, 0), ("ab\u{2003}cde", 3, 3), ("ab\ncde\tfghi", 4, 7),
    ])
    func counting(text: String, length: Int, start: Int) {
        #expect(UnbreakableRuns.longest(in: text) == UnbreakableRuns.Run(length: length, start: start))
    }

    @Test("the byte-level shortcut never hides a run: on random texts the runs are those counted character by character")
    func shortcutHidesNoRun() {
        // Letters of one, two, three and four bytes, combining accents, CR LF, no-break and Unicode spaces.
        let pieces = ["a", "é", "e\u{301}", "ñ", "€", "😀", " ", " ", "\t", "\r\n", "\u{00A0}", "\u{202F}", "\u{2003}", "\u{3000}", "-", "/"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            for minimum in [0, 3, 8, 15] {
                var expected: [UnbreakableRuns.Run] = []
                var length = 0, start = 0
                for (offset, character) in text.enumerated() {
                    if UnbreakableRuns.breaks(at: character) {
                        if length > minimum { expected.append(UnbreakableRuns.Run(length: length, start: start)) }
                        length = 0
                        start = offset + 1
                    } else {
                        length += 1
                    }
                }
                if length > minimum { expected.append(UnbreakableRuns.Run(length: length, start: start)) }
                #expect(UnbreakableRuns.runs(in: text, longerThan: minimum) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) }) over \(minimum)")
            }
        }
    }
}
