import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.unexpected-block")
struct BodyUnexpectedBlockTests {
    @Test("indented text, fenced code, quotations and rules inside sections are errors at the block")
    func blocks() throws {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "necesidades": "## Principios y necesidades\n\n    1️⃣Las escuelas necesitan compartir.\n",
            "objetivo": "## Objetivo\n\n2️⃣```\nFortalecer.\n```\n",
            "idea_fuerza": "## Idea fuerza\n\n3️⃣> Aprender entre pares.\n\n4️⃣***\n",
        ])))
        let diagnostics = BodyFixtures.run(UnexpectedBlockRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.unexpected-block", .error, at: "1️⃣"),
            ExpectedDiagnostic("body.unexpected-block", .error, at: "2️⃣"),
            ExpectedDiagnostic("body.unexpected-block", .error, at: "3️⃣"),
            ExpectedDiagnostic("body.unexpected-block", .error, at: "4️⃣"),
        ], in: marked)
        let indented = try #require(diagnostics.first { $0.range?.start == marked.location("1️⃣") })
        #expect(indented.message.es == "La sección «Principios y necesidades» tiene un texto con sangría (bloque de código), que el folleto no admite.")
        #expect(indented.hint?.es.hasPrefix("Quite los espacios o tabulaciones") == true)
        let fenced = try #require(diagnostics.first { $0.range?.start == marked.location("2️⃣") })
        #expect(fenced.message.es.contains("un bloque de código ('```')"))
    }

    @Test("a complete experience has none")
    func none() {
        #expect(BodyFixtures.run(UnexpectedBlockRule(), BodyFixtures.experience(BodyFixtures.body())).isEmpty)
    }
}
