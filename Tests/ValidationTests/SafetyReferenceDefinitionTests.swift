import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("safety.unsafe-url on reference definitions")
struct SafetyReferenceDefinitionTests {
    @Test("unsafe definitions are reported where they are written, used or not")
    func definitions() {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": """
                ## Objetivo

                Fortalecer el 1️⃣[liderazgo][ref] pedagógico.

                2️⃣[ref]: jav&#x61;script:alert(1)
                3️⃣[nunca usada]: <vbscript:msgbox(1)> "título"

                """,
            "aprendizajes": """
                ## Aprendizajes y logros

                - Confianza.

                  4️⃣[abajo]:
                  file:///etc/passwd

                """,
        ])))
        expectDiagnostics(BodyFixtures.run(UnsafeReferenceDefinitionRule(), marked.text), [
            ExpectedDiagnostic("safety.unsafe-url", .error, at: "2️⃣"),
            ExpectedDiagnostic("safety.unsafe-url", .error, at: "3️⃣"),
            ExpectedDiagnostic("safety.unsafe-url", .error, at: "4️⃣"),
        ], in: marked)
        // The use of the definition is the link rule's: reported where the link stands.
        expectDiagnostics(BodyFixtures.run(UnsafeLinkRule(), marked.text), [
            ExpectedDiagnostic("safety.unsafe-url", .error, at: "1️⃣"),
        ], in: marked)
    }

    @Test("lines that only look like definitions, in code or inside a paragraph, and safe definitions are not reported")
    func lookalikes() {
        let text = BodyFixtures.experience(BodyFixtures.body([
            "objetivo": """
                ## Objetivo

                Fortalecer el liderazgo.
                [nota]: javascript: es un lenguaje, y esta línea sigue el párrafo.

                    [codigo]: javascript:alert(1)

                [sitio]: https://www.mineduc.cl

                """,
        ]))
        #expect(BodyFixtures.run(UnsafeReferenceDefinitionRule(), text).isEmpty)
    }

    @Test("the definition reader")
    func parsing() {
        let definition = ReferenceDefinition.parse("> - [a\\]b]: <x y> 't'")
        #expect(definition?.label == "a\\]b")
        #expect(definition?.destination == "x y")
        #expect(definition?.startColumn == 5)
        #expect(ReferenceDefinition.parse("[a]") == nil)
        #expect(ReferenceDefinition.parse("[a] : x") == nil)
        #expect(ReferenceDefinition.parse("[]: x") == nil)
        #expect(ReferenceDefinition.parse("[a]:")?.destination == nil)
    }
}
