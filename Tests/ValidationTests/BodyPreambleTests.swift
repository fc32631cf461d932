import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.preamble")
struct BodyPreambleTests {
    @Test("text before the first section heading is an error spanning all of it")
    func preamble() throws {
        let marked = MarkedText(BodyFixtures.experience("1️⃣Red de Iquique.\n\nOtro párrafo suelto2️⃣.\n\n" + BodyFixtures.body()))
        let diagnostics = BodyFixtures.run(PreambleRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("body.preamble", .error, at: "1️⃣")], in: marked)
        #expect(diagnostics.first?.range?.end == marked.location("2️⃣"))
        #expect(diagnostics.first?.hint?.es == "Ponga este contenido bajo su sección (la primera es '## Conformación') o bórrelo.")
    }

    @Test("front pages may open with text; a body starting at its first heading has no preamble")
    func allowed() {
        #expect(BodyFixtures.run(PreambleRule(), "---\ntitulo: x\n---\n\nTexto.\n", kind: .frontPage).isEmpty)
        #expect(BodyFixtures.run(PreambleRule(), BodyFixtures.experience(BodyFixtures.body())).isEmpty)
    }
}
