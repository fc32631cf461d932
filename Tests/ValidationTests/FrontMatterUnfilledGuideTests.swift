import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: unfilled guides")
struct FrontMatterUnfilledGuideTests {
    let rule = UnfilledGuideValueRule()

    @Test("a value that is still the schema's guide is an error, and no other rule judges it")
    func guideLeft() throws {
        let guide = try #require(RuleHarness.settings.schema.field("provincia")?.guide)
        let marked = RuleHarness.marked(replacing: "provincia: Iquique", with: "provincia: 1️⃣\"\(guide)\"")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.unfilled-guide", .error, at: marked.location("1️⃣"))
        let all = RuleHarness.runAll(marked.text).filter { $0.code.hasPrefix("front-matter.") }
        #expect(all.map(\.code) == ["front-matter.unfilled-guide"])
    }

    @Test("a guide in a year field is reported as unfilled, not as a bad year")
    func guideInYear() throws {
        let guide = try #require(RuleHarness.settings.schema.field("desde")?.guide)
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 1️⃣\"\(guide)\"")
        let all = RuleHarness.runAll(marked.text).filter { $0.code.hasPrefix("front-matter.") }
        #expect(all.map(\.code) == ["front-matter.unfilled-guide"])
        #expect(all.first?.range?.start == marked.location("1️⃣"))
    }

    @Test("the `«Escriba aquí …»` marker `rme new` writes is unfilled in text, list and year fields, even with words added")
    func marker() throws {
        let guide = UnfilledGuide.text(for: "nombre de la red")
        let marked = MarkedText(RuleHarness.experience(RuleHarness.validKeys
            .replacingOccurrences(of: "red: Red de prueba", with: "red: 1️⃣\"\(guide)\"")
            .replacingOccurrences(of: "desde: 2015", with: "desde: 2️⃣\"\(UnfilledGuide.text(for: "año"))\"")
            .replacingOccurrences(of: "establecimientos: [Escuela Uno, Escuela Dos]", with: "establecimientos: [Escuela Uno, 3️⃣\"\(guide) Escuela\"]")))
        let all = RuleHarness.runAll(marked.text).filter { $0.code.hasPrefix("front-matter.") }
        #expect(all.map(\.code) == Array(repeating: "front-matter.unfilled-guide", count: 3))
        #expect(all.compactMap { $0.range?.start } == [marked.location("1️⃣"), marked.location("2️⃣"), marked.location("3️⃣")])
    }

    @Test("a skeleton front matter like `rme new` writes (every value a quoted guide): one unfilled-guide error per key, nothing else")
    func skeleton() {
        let schema = RuleHarness.settings.schema
        var lines: [String] = []
        for field in schema.fields {
            let guide = "\"" + UnfilledGuide.text(for: field.guide).replacingOccurrences(of: "\"", with: "\\\"") + "\""
            switch field.type {
            case .region: lines.append("\(field.name): \"Tarapacá\"")
            case .textList, .choiceList: lines.append("\(field.name):\n  - \(guide)")
            default: lines.append("\(field.name): \(guide)")
            }
        }
        let all = RuleHarness.runAll(RuleHarness.experience(lines.joined(separator: "\n") + "\n"))
            .filter { $0.code.hasPrefix("front-matter.") || $0.code.hasPrefix("yaml.") }
        #expect(all.map(\.code) == Array(repeating: "front-matter.unfilled-guide", count: schema.fields.count - 1))
    }

    @Test("real values are not guides")
    func realValues() {
        #expect(RuleHarness.run(rule, RuleHarness.experience(RuleHarness.validKeys)).isEmpty)
    }
}
