import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.unfilled-guide")
struct BodyUnfilledGuideTests {
    /// A body as `rme new` writes it: every heading with the schema's guide, as a paragraph or as a list's only item.
    static func skeleton() -> String {
        BodyFixtures.schema.sections.map { section in
            let guide = UnfilledGuide.text(for: section.guide)
            return "## \(section.heading)\n\n\(section.kind == .bulletList ? "- " : "")\(guide)\n"
        }.joined(separator: "\n")
    }

    @Test("a skeleton's structure is accepted and each of its guides is an error")
    func skeletonBody() throws {
        let text = BodyFixtures.experience(Self.skeleton())
        let diagnostics = BodyFixtures.runAll(text)
        #expect(diagnostics.map(\.code) == Array(repeating: "body.unfilled-guide", count: 8))
        let columns = BodyFixtures.schema.sections.map { $0.kind == .bulletList ? 3 : 1 }
        #expect(diagnostics.map { $0.range?.start.column } == columns)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics.first?.range?.start.line == 14)
        #expect(diagnostics.first?.message.es == "En la sección «Conformación» quedó la guía de la plantilla («Escriba aquí …»); falta escribir el contenido.")
    }

    @Test("guides as list items, guides with text typed after them, and guides before any heading are reported where they start")
    func leftovers() {
        let marked = MarkedText(BodyFixtures.experience("1️⃣«Escriba aquí el nombre.»\n\n" + BodyFixtures.body([
            "objetivo": "## Objetivo\n\nFortalecer la red. 2️⃣«Escriba aquí el objetivo.»\n",
            "aprendizajes": "## Aprendizajes y logros\n\n- 3️⃣«Escriba aquí un aprendizaje.»\n- Confianza.\n",
        ])))
        expectDiagnostics(BodyFixtures.run(UnfilledGuideRule(), marked.text), [
            ExpectedDiagnostic("body.unfilled-guide", .error, at: "1️⃣"),
            ExpectedDiagnostic("body.unfilled-guide", .error, at: "2️⃣"),
            ExpectedDiagnostic("body.unfilled-guide", .error, at: "3️⃣"),
        ], in: marked)
    }

    @Test("the marker is exact: other guillemets are ordinary text")
    func marker() {
        #expect(UnfilledGuide.isGuide("  «Escriba aquí la conformación.»  "))
        #expect(!UnfilledGuide.isGuide("«Escriba aquí la conformación."))
        #expect(!UnfilledGuide.isGuide("La escuela «Escriba aquí» es nueva."))
        let text = BodyFixtures.experience(BodyFixtures.body(["idea_fuerza": "## Idea fuerza\n\n«Aprender entre pares»\n"]))
        #expect(BodyFixtures.run(UnfilledGuideRule(), text).isEmpty)
    }
}
