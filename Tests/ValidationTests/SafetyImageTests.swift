import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("safety.image")
struct SafetyImageTests {
    let rule = ImageRule()
    static let head = "---\nregion: Maule\n---\n\n## Idea fuerza\n\n"

    @Test("a remote image is refused where it stands", arguments: [
        "https://example.org/x.png", "http://example.org/x.png", "//example.org/x.png", "HTTPS://example.org/x.png", "ftp://example.org/x.png",
    ])
    func remote(_ address: String) {
        let marked = MarkedText(Self.head + "Texto 1️⃣![foto](\(address)) sigue.\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "safety.image", .error, at: marked.location("1️⃣"))
        #expect(diagnostics.first?.message.es.contains("internet") == true)
    }

    @Test("a local image is refused too: the pipeline copies no image files")
    func local() {
        let marked = MarkedText(Self.head + "1️⃣![foto](fotos/red.jpg)\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "safety.image", .error, at: marked.location("1️⃣"))
        #expect(diagnostics.first?.message.es.contains("no publica imágenes") == true)
    }

    @Test("an image with an unsafe scheme is left to safety.unsafe-url: one diagnostic per image")
    func unsafeSchemeOnce() {
        let all = RuleHarness.runAll(Self.head + "![x](javascript:alert(1))\n").map(\.code)
        #expect(all.filter { $0 == "safety.image" }.isEmpty)
        #expect(all.contains("safety.unsafe-url"))
    }

    @Test("links are not images: an https link is fine")
    func linkIsFine() {
        #expect(RuleHarness.run(rule, Self.head + "Vea [el sitio](https://www.mineduc.cl).\n").isEmpty)
    }
}
