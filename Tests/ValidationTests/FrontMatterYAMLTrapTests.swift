import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: YAML 1.1 traps")
struct FrontMatterYAMLTrapTests {
    let rule = YAMLTrapRule()

    @Test("plain booleans where text or a list item is expected", arguments: ["no", "yes", "on", "off", "true", "false", "y", "n", "NO", "Off"])
    func booleans(word: String) throws {
        let marked = MarkedText(RuleHarness.experience(RuleHarness.validKeys
            .replacingOccurrences(of: "provincia: Iquique", with: "provincia: 1️⃣\(word)")
            .replacingOccurrences(of: "establecimientos: [Escuela Uno, Escuela Dos]", with: "establecimientos: [Escuela Uno, 2️⃣\(word)]")))
        let diagnostics = RuleHarness.run(rule, marked.text)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.code == "front-matter.yaml-boolean" && $0.severity == .error })
        #expect(diagnostics.map { $0.range?.start } == [marked.location("1️⃣"), marked.location("2️⃣")])
        #expect(try #require(diagnostics.first).hint?.es.contains("\"\(word)\"") == true)
    }

    @Test("a quoted \"no\" is text, not a trap")
    func quotedBoolean() {
        let marked = RuleHarness.marked(replacing: "provincia: Iquique", with: "provincia: \"no\"")
        #expect(RuleHarness.run(rule, marked.text).isEmpty)
    }

    @Test("a plain date in `desde` or in a text; a base-60 time")
    func datesAndTimes() throws {
        let marked = MarkedText(RuleHarness.experience(RuleHarness.validKeys
            .replacingOccurrences(of: "desde: 2015", with: "desde: 1️⃣2015-03-01")
            .replacingOccurrences(of: "red: Red de prueba", with: "red: 2️⃣2016-04-02")
            .replacingOccurrences(of: "provincia: Iquique", with: "provincia: 3️⃣10:30")))
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics.filter { $0.range?.start == marked.location("1️⃣") }, "front-matter.yaml-date", .error, at: marked.location("1️⃣"))
        expectDiagnostic(diagnostics.filter { $0.range?.start == marked.location("2️⃣") }, "front-matter.yaml-date", .error, at: marked.location("2️⃣"))
        expectDiagnostic(diagnostics, "front-matter.yaml-time", .error, at: marked.location("3️⃣"))
        #expect(diagnostics.first { $0.range?.start == marked.location("1️⃣") }?.hint?.es.contains("desde: 2015") == true)
    }

    @Test("octal, hex and float forms in `desde` are named as such", arguments: [
        ("010", "octal"), ("0o3737", "octal"), ("0x7DF", "hexadecimal"), ("2015.0", "decimales"), ("2_015", "«_»"),
    ])
    func numbersInYear(text: String, word: String) throws {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 1️⃣\(text)")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.yaml-number", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).message.es.contains(word))
    }

    @Test("a plain number where text is expected is an error with the quoted form as hint")
    func numberAsText() throws {
        let marked = MarkedText(RuleHarness.experience(RuleHarness.validKeys
            .replacingOccurrences(of: "red: Red de prueba", with: "red: 1️⃣2015")
            .replacingOccurrences(of: "establecimientos: [Escuela Uno, Escuela Dos]", with: "establecimientos: [2️⃣1234, \"5678\"]")))
        let diagnostics = RuleHarness.run(rule, marked.text)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.code == "front-matter.number-as-text" && $0.severity == .error })
        #expect(diagnostics.map { $0.range?.start } == [marked.location("1️⃣"), marked.location("2️⃣")])
        #expect(try #require(diagnostics.first).hint?.es.contains("\"2015\"") == true)
    }

    @Test("a plain four-digit year in `desde` is no trap")
    func plainYear() {
        #expect(RuleHarness.run(rule, RuleHarness.experience(RuleHarness.validKeys)).isEmpty)
    }

    @Test("what YAML 1.1 would read each plain form as")
    func meanings() {
        #expect(PlainScalarMeaning.of(plain: "2015") == .decimal(2015))
        #expect(PlainScalarMeaning.of(plain: "010") == .otherNumber(.octal))
        #expect(PlainScalarMeaning.of(plain: "1:30") == .sexagesimal)
        #expect(PlainScalarMeaning.of(plain: "2015-3-1") == .date)
        #expect(PlainScalarMeaning.of(plain: "2015-03") == .text)
        #expect(PlainScalarMeaning.of(plain: ".inf") == .otherNumber(.float))
        #expect(PlainScalarMeaning.of(plain: "2,015") == .text)
        #expect(PlainScalarMeaning.of(plain: "Escuela 2015") == .text)
        #expect(PlainScalarMeaning.of(plain: "~") == .null)
    }
}
