import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: unknown keys")
struct FrontMatterUnknownKeyTests {
    let rule = UnknownKeyRule()

    @Test("an accented key gets a did-you-mean for the unaccented one")
    func accentedKey() throws {
        let marked = RuleHarness.marked(replacing: "region: Tarapacá", with: "1️⃣región: Tarapacá")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.unknown-key", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).hint?.es.contains("«region»") == true)
    }

    @Test("a singular for a plural key, and a typo, each get their suggestion")
    func typos() {
        let marked = RuleHarness.marked(
            replacing: "establecimientos: [Escuela Uno, Escuela Dos]\n",
            with: "1️⃣establecimiento: [Escuela Uno, Escuela Dos]\n2️⃣comunsa: [Pozo Almonte]\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first { $0.range?.start == marked.location("1️⃣") }?.hint?.en.contains("`establecimientos`") == true)
        #expect(diagnostics.first { $0.range?.start == marked.location("2️⃣") }?.hint?.en.contains("`comunas`") == true)
    }

    @Test("a key far from every known one lists the possible keys")
    func noSuggestion() throws {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 2015\n1️⃣observaciones: ninguna")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.unknown-key", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).hint?.es.contains("establecimientos") == true)
    }

    @Test("front pages know only `titulo`: an experience key there is unknown")
    func frontPageKeys() {
        let marked = MarkedText("---\ntitulo: Presentación\n1️⃣region: Tarapacá\n---\n\nTexto.\n")
        expectDiagnostic(RuleHarness.run(rule, marked.text, kind: .frontPage), "front-matter.unknown-key", .error, at: marked.location("1️⃣"))
    }

    @Test("every key of the valid front matter is known")
    func allKnown() {
        let keys = RuleHarness.validKeys + "localizacion: urbana\ncomunas: [Iquique]\nenfasis: [compartir prácticas]\n"
        #expect(RuleHarness.run(rule, RuleHarness.experience(keys)).isEmpty)
    }
}
