import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.unknown-heading")
struct BodyUnknownHeadingTests {
    @Test("a misspelt heading is an error with a did-you-mean naming the section")
    func misspeltHeading() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "1️⃣## Objetibo\n\nFortalecer el liderazgo.\n",
        ])))
        let diagnostics = BodyFixtures.run(UnknownHeadingRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.unknown-heading", .error, at: "1️⃣")], in: marked)
        let message = try #require(diagnostics.first?.message)
        #expect(message.es == "El título «## Objetibo» no corresponde a ninguna sección. ¿Quiso decir «## Objetivo»?")
        #expect(message.en.contains("Did you mean \"## Objetivo\"?"))
        #expect(diagnostics.first?.hint?.es == "Escriba el título como '## Objetivo'.")
    }

    @Test("a heading far from every section lists the sections instead of guessing")
    func unrelatedHeading() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body() + "\n1️⃣## Conclusiones finales\n\nTexto.\n"))
        let diagnostics = BodyFixtures.run(UnknownHeadingRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.unknown-heading", .error, at: "1️⃣")], in: marked)
        let hint = try #require(diagnostics.first?.hint?.es)
        #expect(hint.hasPrefix("Las secciones son: Conformación, Principios y necesidades, Objetivo"))
        #expect(!(diagnostics.first?.message.es.contains("Quiso decir") ?? true))
    }

    @Test("a subtitle inside a section is reported too, wherever it stands")
    func subtitle() {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "necesidades": "## Principios y necesidades\n\nTexto.\n\n1️⃣### Detalle\n\nMás texto.\n",
            "idea_fuerza": "2️⃣# Idea fuerte\n\nAprender entre pares.\n",
        ])))
        expectDiagnostics(BodyFixtures.run(UnknownHeadingRule(), marked.text), [
            ExpectedDiagnostic("body.unknown-heading", .error, at: "1️⃣"),
            ExpectedDiagnostic("body.unknown-heading", .error, at: "2️⃣"),
        ], in: marked)
    }

    @Test("headings match without accents, case or final colon, and the seed's long forms are aliases")
    func acceptedSpellings() {
        let text = BodyFixtures.experience(BodyFixtures.body([
            "conformacion": "## CONFORMACION:\n\nLa red.\n",
            "necesidades": "## principios y necesidades de la rme\n\nTexto.\n",
            "colaboracion": "## El trabajo colaborativo se refleja cuando sus integrantes:\n\n- Reflexionan.\n",
            "aprendizajes": "## Principales aprendizajes y logros de la Red de Mejoramiento Escolar\n\n- Confianza.\n",
            "proyeccion": "Proyección  y  desafíos\n---\n\n- Seguir.\n",
        ]))
        #expect(BodyFixtures.run(UnknownHeadingRule(), text).isEmpty)
        let parts = BodyFixtures.context(text).sections?.parts ?? []
        #expect(parts.map(\.sectionID) == BodyFixtures.schema.sections.map(\.id))
    }

    @Test("the suggestion uses edit distance first, then a long word shared with a single section")
    func suggestions() {
        let suggestion = HeadingSuggestion(schema: BodyFixtures.schema)
        #expect(suggestion.section(for: "Conformacíon")?.id == "conformacion")
        #expect(suggestion.section(for: "Proyeccion y desafio")?.id == "proyeccion")
        #expect(suggestion.section(for: "Nuestros desafíos")?.id == "proyeccion")
        #expect(suggestion.section(for: "Logros de la red")?.id == "aprendizajes")
        // "objetivo" is in two sections' headings: no guess from that word alone.
        #expect(suggestion.section(for: "Nuestro objetivo principal hoy") == nil)
        #expect(suggestion.section(for: "Anexos") == nil)
        #expect(suggestion.section(for: String(repeating: "palabra ", count: 5_000)) == nil)
    }

    @Test("front pages may have any heading")
    func frontPagesAreFree() {
        let text = "---\ntitulo: \"Presentación\"\n---\n\n# Presentación\n\nTexto.\n\n## Otra parte\n\nMás.\n"
        #expect(BodyFixtures.run(UnknownHeadingRule(), text, kind: .frontPage).isEmpty)
    }
}
