import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Validation

@Suite("Input: control characters in the front matter, the body and edition.yaml")
struct InputYAMLControlCharacterTests {
    let rule = YAMLControlCharacterRule()

    @Test("raw ESC, DEL, NEL and LINE SEPARATOR in the front matter: one error each, at its own line and character column")
    func rawInFrontMatter() throws {
        let marked = MarkedText("---\nregion: Tarapacá\nred: Red 1️⃣\u{1B}[31mNorte\nprovincia: Iquique2️⃣\u{7F}\ncomuna: Pozo3️⃣\u{85}Almonte\nsostenedor: Año 4️⃣\u{2028}dos\n---\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("yaml.control-character", .error, at: "1️⃣"),
            ExpectedDiagnostic("yaml.control-character", .error, at: "2️⃣"),
            ExpectedDiagnostic("yaml.control-character", .error, at: "3️⃣"),
            ExpectedDiagnostic("yaml.control-character", .error, at: "4️⃣"),
        ], in: marked)
        // Line 6 even though NEL and U+2028 are line breaks to YAML: the scan counts only LF, as an editor does.
        #expect(marked.location("4️⃣") == SourceLocation(line: 6, column: 17))
        let escape = try #require(diagnostics.first)
        #expect(escape.message.es.contains("U+001B (ESCAPE)"))
        #expect(escape.message.en.contains("U+001B (ESCAPE)"))
    }

    @Test("`\\e`, `\\x07` and `\\0` in double quotes are refused at the value; `\\n`, `\\t` and `\\u00e9` are not")
    func escapes() throws {
        let marked = MarkedText("---\nregion: Tarapacá\nred: 1️⃣\"Red \\e[2J\"\nprovincia: 2️⃣\"Iqui\\x07que\"\ncomuna: 3️⃣\"Pozo\\0\"\nsostenedor: \"Uno\\ndos\\tcaf\\u00e9\"\n---\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("yaml.control-character", .error, at: "1️⃣"),
            ExpectedDiagnostic("yaml.control-character", .error, at: "2️⃣"),
            ExpectedDiagnostic("yaml.control-character", .error, at: "3️⃣"),
        ], in: marked)
        #expect(diagnostics[1].message.es.contains("U+0007"))
        #expect(diagnostics[2].message.es.contains("U+0000"))
    }

    @Test("every rule on a front matter with a raw ESC: the control character is the finding, not a YAML syntax error elsewhere")
    func allRulesOnRawEscape() throws {
        let text = BodyFixtures.experience(BodyFixtures.body([:]), frontMatter: BodyFixtures.frontMatter.replacingOccurrences(of: "red: Red de prueba", with: "red: Red de \u{1B}prueba"))
        let document = BodyFixtures.context(text)
        var diagnostics: [Diagnostic] = []
        for rule in Checker.documentRules { rule.check(document, BodyFixtures.settings, into: &diagnostics) }
        #expect(diagnostics.map(\.code).contains("yaml.control-character"))
        #expect(!diagnostics.map(\.code).contains("yaml.syntax"), "\(diagnostics.map(\.code))")
    }

    @Test("a control character in the body: one error per line at its column, none for tabs")
    func body() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\nFortalecer 1️⃣\u{7}la\u{7} red.\n\nCon\ttabulador.\n\nY 2️⃣\u{2029}otro.\n",
        ])))
        expectDiagnostics(BodyFixtures.run(ControlCharacterRule(), marked.text), [
            ExpectedDiagnostic("safety.control-character", .error, at: "1️⃣"),
            ExpectedDiagnostic("safety.control-character", .error, at: "2️⃣"),
        ], in: marked)
    }

    @Test("the scan names exactly the control characters, not their UTF-8 neighbours")
    func scan() {
        let text = "a\tb\r\n\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}é\u{2027}\u{2028}\u{2029}\u{202A}"
        // Swift string literals refuse noncharacters, so U+FDD0 and U+FFFE are written as their UTF-8 bytes.
        let bytes = Array(text.utf8) + [0xEF, 0xB7, 0x90, 0xEF, 0xBF, 0xBE] + Array("\u{FFFD}".utf8)
        let found = ControlCharacters.occurrences(in: bytes).map(\.value)
        #expect(found == [0x0, 0x1F, 0x7F, 0x80, 0x9F, 0x2028, 0x2029, 0xFDD0, 0xFFFE])
        #expect(ControlCharacters.name(0x85) == "U+0085 (NEXT LINE)")
    }

    @Test("edition.yaml: a raw control character and a bidi override are reported at their line")
    func editionFile() throws {
        let marked = MarkedText("titulo: \"Experiencias 1️⃣\u{1B}[0m\"\nperiodo: \"2099\"\npublicacion: { mes: marzo, anio: 2099 }\neditor:\n  nombre: División\n  institucion: Mineduc 2️⃣\u{202E}x\n")
        let edition = try TemporaryEdition(files: ["edition.yaml": marked.text])
        defer { edition.remove() }
        var diagnostics: [Diagnostic] = []
        _ = EditionInfoDecoder.decode(path: edition.path + "/edition.yaml", folder: try #require(EditionFolder.scan(path: edition.path)), into: &diagnostics)
        let control = try #require(diagnostics.first { $0.code == "edition-file.yaml-control-character" }, "\(diagnostics.map(\.code))")
        #expect(control.range?.start == marked.location("1️⃣"))
        let bidi = try #require(diagnostics.first { $0.code == "edition-file.bidi-control" }, "\(diagnostics.map(\.code))")
        #expect(bidi.range?.start.line == marked.location("2️⃣").line)
    }
}
