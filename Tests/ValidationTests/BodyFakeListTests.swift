import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.fake-list")
struct BodyFakeListTests {
    @Test("bullets pasted from Word, glued markers and numbers under a line of text are reported at the first marker")
    func pastedLists() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "necesidades": "## Principios y necesidades\n\nLas escuelas necesitan:\n2️⃣2. compartir.\n3. aprender.\n",
            "objetivo": "## Objetivo\n\n3️⃣1.Fortalecer.\n2.Acompañar.\n",
            "practicas": "## Para movilizar el objetivo\n\n1️⃣• Diagnostican.\n• Acompañan.\n",
            "colaboracion": "## Trabajo colaborativo\n\n4️⃣*Reflexionan.\n*Comparten.\n",
            "aprendizajes": "## Aprendizajes y logros\n\n5️⃣▪ Confianza.\n\n▪ Validación.\n\n▪ Reconocimiento.\n",
            "proyeccion": "## Proyección y desafíos\n\n6️⃣o\tSeguir.\n\n- Crecer.\n\n7️⃣– Mejorar.\n",
        ])))
        let diagnostics = BodyFixtures.run(FakeListRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.fake-list", .error, at: "1️⃣"),
            ExpectedDiagnostic("body.fake-list", .error, at: "2️⃣"),
            ExpectedDiagnostic("body.fake-list", .error, at: "3️⃣"),
            ExpectedDiagnostic("body.fake-list", .error, at: "4️⃣"),
            ExpectedDiagnostic("body.fake-list", .error, at: "5️⃣"),
            ExpectedDiagnostic("body.fake-list", .error, at: "6️⃣"),
            ExpectedDiagnostic("body.fake-list", .error, at: "7️⃣"),
        ], in: marked)
        let first = try #require(diagnostics.first { $0.range?.start == marked.location("1️⃣") })
        #expect(first.message.es == "Este texto parece una lista, pero sus puntos empiezan con '•' y se publicaría como un solo párrafo corrido.")
        #expect(first.hint?.es == "Use '- ' al comienzo de cada punto (guion y espacio), con una línea en blanco antes de la lista.")
        // Three Word paragraphs in a row are one mistake, underlined to the end of the last.
        let grouped = try #require(diagnostics.first { $0.range?.start == marked.location("5️⃣") })
        #expect(grouped.range?.end.line == marked.location("5️⃣").line + 4)
    }

    @Test("emphasis, dashes inside a line, years and real lists are not pasted bullets")
    func ordinaryText() {
        let text = BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\n*Fortalecer* el liderazgo – con foco en el aula.\n**Acompañar** a los docentes\n2015. Un año de trabajo.\n",
            "idea_fuerza": "## Idea fuerza\n\nAprender entre pares: 1. escuchar, 2. compartir.\n",
        ]))
        #expect(BodyFixtures.run(FakeListRule(), text).isEmpty)
    }

    @Test("the marker detector on single lines")
    func markers() {
        #expect(FakeList.marker(startingLine: "● Uno", continuation: false) == "●")
        #expect(FakeList.marker(startingLine: "\u{F0B7}\tUno", continuation: false) == "\u{F0B7}")
        #expect(FakeList.marker(startingLine: "12)Uno", continuation: false) == "12)")
        #expect(FakeList.marker(startingLine: "3. Uno", continuation: false) == nil)
        #expect(FakeList.marker(startingLine: "3. Uno", continuation: true) == "3.")
        #expect(FakeList.marker(startingLine: "123. Uno", continuation: true) == nil)
        #expect(FakeList.marker(startingLine: "-Uno", continuation: false) == "-")
        #expect(FakeList.marker(startingLine: "--", continuation: false) == nil)
        #expect(FakeList.marker(startingLine: "organizan", continuation: false) == nil)
    }
}
