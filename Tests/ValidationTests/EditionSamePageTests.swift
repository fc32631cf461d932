import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Edition: files that make the same page")
struct EditionSamePageTests {
    let rule = SamePageRule()

    @Test("`Tarapacá.md` and `tarapaca.md` would write one page: an error naming both")
    func accentsAndCase() throws {
        let text = RuleHarness.experience(RuleHarness.validKeys)
        let documents = ["e/Tarapacá.md", "e/tarapaca.md"].map { RuleHarness.context(text, path: $0) }
        var diagnostics: [Diagnostic] = []
        rule.check(documents, RuleHarness.settings, into: &diagnostics)
        expectDiagnostic(diagnostics, "edition.same-page", .error, at: nil)
        let found = try #require(diagnostics.first)
        #expect(found.file == "e/tarapaca.md")
        #expect(found.message.es.contains("«Tarapacá.md»") && found.message.es.contains("«tarapaca.md»"))
    }

    @Test("spaces and hyphens fold too: `Los Ríos.md` and `los-rios.md`")
    func spaces() {
        let text = RuleHarness.experience(RuleHarness.validKeys)
        let documents = ["e/Los Ríos.md", "e/los-rios.md"].map { RuleHarness.context(text, path: $0) }
        var diagnostics: [Diagnostic] = []
        rule.check(documents, RuleHarness.settings, into: &diagnostics)
        #expect(diagnostics.map(\.code) == ["edition.same-page"])
    }

    @Test("distinct names are distinct pages")
    func distinct() {
        let text = RuleHarness.experience(RuleHarness.validKeys)
        let documents = ["e/tarapaca.md", "e/tarapaca-2.md"].map { RuleHarness.context(text, path: $0) }
        var diagnostics: [Diagnostic] = []
        rule.check(documents, RuleHarness.settings, into: &diagnostics)
        #expect(diagnostics.isEmpty)
    }

    @Test("front pages fold after their number: `01-equipo.md` and `03-Equipo.md` would be one id")
    func frontPages() throws {
        let documents = ["p/01-equipo.md", "p/03-Equipo.md"].map { RuleHarness.context("---\ntitulo: Equipo\n---\n\nTexto.\n", kind: .frontPage, path: $0) }
        var diagnostics: [Diagnostic] = []
        rule.check(documents, RuleHarness.settings, into: &diagnostics)
        expectDiagnostic(diagnostics, "edition.same-page", .error, at: nil)
        let found = try #require(diagnostics.first)
        #expect(found.message.es.contains("«03-Equipo.md» y «01-equipo.md»") && found.message.es.contains("el número del comienzo"))
    }

    @Test("a file name that is not a slug is an error with the name to use; real names pass")
    func fileNames() throws {
        let text = RuleHarness.experience(RuleHarness.validKeys)
        let documents = ["e/Los Ríos.md", "e/maule.2.md", "e/tarapaca.md", "e/arica-y-parinacota.md"].map { RuleHarness.context(text, path: $0) }
            + ["p/01-Quiénes Somos.md", "p/02-como-funciona.md"].map { RuleHarness.context("---\ntitulo: X\n---\n\nTexto.\n", kind: .frontPage, path: $0) }
        var diagnostics: [Diagnostic] = []
        FileNameRule().check(documents, RuleHarness.settings, into: &diagnostics)
        #expect(diagnostics.map(\.code) == ["edition.file-name", "edition.file-name", "edition.file-name"])
        #expect(diagnostics.map(\.file) == ["e/Los Ríos.md", "e/maule.2.md", "p/01-Quiénes Somos.md"])
        #expect(diagnostics.map { $0.hint?.es ?? "" } == ["Cámbiele el nombre a «los-rios.md».", "Cámbiele el nombre a «maule-2.md».", "Cámbiele el nombre a «01-quienes-somos.md»."])
    }
}
