import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: text lengths")
struct FrontMatterTextLengthTests {
    let rule = TextLengthRule()

    @Test("a network name over 150 characters, counted in characters, not bytes")
    func longName() throws {
        let name = String(repeating: "ñ", count: 151)
        let marked = RuleHarness.marked(replacing: "red: Red de prueba", with: "red: 1️⃣\(name)")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.too-long", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).message.es.contains("151 caracteres"))
        let fits = RuleHarness.marked(replacing: "red: Red de prueba", with: "red: \(String(repeating: "ñ", count: 150))")
        #expect(RuleHarness.run(rule, fits.text).isEmpty)
    }

    @Test("each school name of a list is measured on its own")
    func listItem() {
        let long = String(repeating: "Escuela ", count: 16)
        let marked = RuleHarness.marked(replacing: "establecimientos: [Escuela Uno, Escuela Dos]", with: "establecimientos: [Escuela Uno, 1️⃣\(long)]")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "front-matter.too-long", .error, at: marked.location("1️⃣"))
    }
}
