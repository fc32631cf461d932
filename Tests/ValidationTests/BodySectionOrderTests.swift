import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.section-order")
struct BodySectionOrderTests {
    @Test("the first heading out of place is reported, naming the section it must follow")
    func swapped() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "necesidades": BodyFixtures.section("objetivo"),
            "objetivo": "1️⃣" + BodyFixtures.section("necesidades"),
        ])))
        let diagnostics = BodyFixtures.run(SectionOrderRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.section-order", .error, at: "1️⃣")], in: marked)
        let message = try #require(diagnostics.first?.message.es)
        #expect(message.hasPrefix("La sección «Principios y necesidades» está fuera de orden: debe ir después de «Conformación» (línea 12), no después de «Objetivo»"))
    }

    @Test("a first section written last must come first; only one diagnostic however many follow it")
    func firstWrittenLast() throws {
        let body = BodyFixtures.body(["conformacion": nil]) + "\n1️⃣" + BodyFixtures.section("conformacion")
        let marked = MarkedText(BodyFixtures.experience(body))
        let diagnostics = BodyFixtures.run(SectionOrderRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.section-order", .error, at: "1️⃣")], in: marked)
        #expect(diagnostics.first?.message.es.contains("debe ser la primera, antes de «Proyección y desafíos»") == true)
    }

    @Test("a missing section does not make the rest out of order; unknown headings are ignored")
    func gapsAreNotDisorder() {
        let text = BodyFixtures.experience(BodyFixtures.body(["objetivo": nil, "idea_fuerza": "## Notas\n\nTexto.\n"]))
        #expect(BodyFixtures.run(SectionOrderRule(), text).isEmpty)
    }
}
