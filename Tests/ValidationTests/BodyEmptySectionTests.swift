import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.empty-section")
struct BodyEmptySectionTests {
    @Test("a heading with nothing under it, or only blank lines or HTML, is an empty section")
    func empty() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "1️⃣## Objetivo\n\n\n",
            "aprendizajes": "2️⃣## Aprendizajes y logros\n\n<!-- pendiente -->\n",
        ])))
        let diagnostics = BodyFixtures.run(EmptySectionRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.empty-section", .error, at: "1️⃣"),
            ExpectedDiagnostic("body.empty-section", .error, at: "2️⃣"),
        ], in: marked)
        #expect(diagnostics.first?.message.es == "La sección «Objetivo» está vacía.")
        #expect(diagnostics.first?.hint?.es == "Escriba debajo del título uno o más párrafos.")
        #expect(diagnostics.last?.hint?.es == "Escriba debajo del título una lista con '- ' al comienzo de cada punto.")
    }

    @Test("a section holding only its guide is unfilled, not empty; an indented paragraph is not empty")
    func notEmpty() {
        let text = BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\n«Escriba aquí el objetivo de la red.»\n",
            "idea_fuerza": "## Idea fuerza\n\n    Aprender entre pares.\n",
        ]))
        #expect(BodyFixtures.run(EmptySectionRule(), text).isEmpty)
    }
}
