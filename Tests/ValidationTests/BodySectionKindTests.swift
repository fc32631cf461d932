import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body section kind: paragraphs or one bullet list")
struct BodySectionKindTests {
    @Test("a list where paragraphs go, paragraphs where a list goes, a numbered list and two lists")
    func wrongShapes() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\n1️⃣- Fortalecer.\n- Acompañar.\n",
            "colaboracion": "## Trabajo colaborativo\n\n2️⃣El trabajo colaborativo se refleja cuando sus integrantes:\n\n- Reflexionan.\n",
            "aprendizajes": "## Aprendizajes y logros\n\n3️⃣1. Confianza.\n2. Validación.\n",
            "proyeccion": "## Proyección y desafíos\n\n- Seguir.\n- Crecer.\n\n4️⃣* Otro punto con otro signo.\n",
        ])))
        let diagnostics = BodyFixtures.run(SectionKindRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.expected-paragraphs", .error, at: "1️⃣"),
            ExpectedDiagnostic("body.expected-list", .error, at: "2️⃣"),
            ExpectedDiagnostic("body.ordered-list", .error, at: "3️⃣"),
            ExpectedDiagnostic("body.several-lists", .error, at: "4️⃣"),
        ], in: marked)
        let byCode = Dictionary(uniqueKeysWithValues: diagnostics.map { ($0.code, $0) })
        #expect(byCode["body.expected-list"]?.message.es == "La sección «Trabajo colaborativo» se escribe como una lista, pero tiene un párrafo.")
        #expect(byCode["body.several-lists"]?.message.es.contains("la primera empieza en la línea \(marked.location("4️⃣").line - 3)") == true)
    }

    @Test("several paragraphs in a list section give one diagnostic at the first")
    func severalParagraphs() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "practicas": "## Para movilizar el objetivo\n\n1️⃣Diagnostican.\n\nAcompañan.\n\nMonitorean.\n",
        ])))
        let diagnostics = BodyFixtures.run(SectionKindRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.expected-list", .error, at: "1️⃣")], in: marked)
        #expect(diagnostics.first?.message.es.hasSuffix("pero tiene 3 párrafos.") == true)
    }

    @Test("guides, pasted bullets and loose lists are not shape errors here")
    func leftToOtherRules() {
        let text = BodyFixtures.experience(BodyFixtures.body([
            "practicas": "## Para movilizar el objetivo\n\n«Escriba aquí las prácticas.»\n",
            "colaboracion": "## Trabajo colaborativo\n\n• Reflexionan.\n• Comparten.\n",
            "aprendizajes": "## Aprendizajes y logros\n\n- Confianza.\n\n- Validación, en una lista separada por líneas en blanco.\n",
        ]))
        #expect(BodyFixtures.run(SectionKindRule(), text).isEmpty)
    }
}
