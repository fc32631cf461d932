import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.missing-section")
struct BodyMissingSectionTests {
    @Test("a missing section points at the heading it must go before")
    func missingInTheMiddle() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": nil,
            "practicas": "1️⃣" + BodyFixtures.section("practicas"),
        ])))
        let diagnostics = BodyFixtures.run(MissingSectionRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.missing-section", .error, at: "1️⃣")], in: marked)
        let line = marked.location("1️⃣").line
        #expect(diagnostics.first?.message.es == "Falta la sección «Objetivo»; va antes de «Para movilizar el objetivo» (línea \(line)).")
    }

    @Test("a missing last section points at the last character of the body")
    func missingAtTheEnd() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "aprendizajes": "## Aprendizajes y logros\n\n- Confianza1️⃣.\n\n\n",
            "proyeccion": nil,
        ])))
        let diagnostics = BodyFixtures.run(MissingSectionRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.missing-section", .error, at: "1️⃣")], in: marked)
        #expect(diagnostics.first?.message.es == "Falta la sección «Proyección y desafíos»; va al final del texto después de «Aprendizajes y logros».")
    }

    @Test("every missing section is reported, each where it belongs")
    func severalMissing() {
        let marked = MarkedText(BodyFixtures.experience(
            "1️⃣" + BodyFixtures.section("objetivo") + "\n2️⃣" + BodyFixtures.section("idea_fuerza") + "\nFin3️⃣.\n"
        ))
        expectDiagnostics(BodyFixtures.run(MissingSectionRule(), marked.text), [
            ExpectedDiagnostic("body.missing-section", .error, at: "1️⃣"),  // conformacion
            ExpectedDiagnostic("body.missing-section", .error, at: "1️⃣"),  // necesidades
            ExpectedDiagnostic("body.missing-section", .error, at: "2️⃣"),  // practicas
            ExpectedDiagnostic("body.missing-section", .error, at: "2️⃣"),  // colaboracion
            ExpectedDiagnostic("body.missing-section", .error, at: "3️⃣"),  // aprendizajes
            ExpectedDiagnostic("body.missing-section", .error, at: "3️⃣"),  // proyeccion
        ], in: marked)
    }

    @Test("an optional section may be left out; an empty body is left to body.empty")
    func optionalAndEmpty() throws {
        var schema = BodyFixtures.schema
        let index = try #require(schema.sections.firstIndex { $0.id == "idea_fuerza" })
        schema.sections[index].required = false
        let document = BodyFixtures.context(BodyFixtures.experience(BodyFixtures.body(["idea_fuerza": nil])))
        var diagnostics: [Diagnostic] = []
        MissingSectionRule().check(document, CheckSettings(schema: schema, currentYear: 2025), into: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(BodyFixtures.run(MissingSectionRule(), BodyFixtures.frontMatter).isEmpty)
        #expect(BodyFixtures.run(MissingSectionRule(), BodyFixtures.experience(BodyFixtures.body(["idea_fuerza": nil]))).count == 1)
    }
}
