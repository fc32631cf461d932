import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Input: refused YAML features")
struct InputYAMLRefusedFeatureTests {
    let rule = YAMLRefusedFeatureRule()

    @Test("an anchor and an alias are each refused where they stand, saying why")
    func anchorAndAlias() throws {
        let marked = MarkedText("---\nregion: Tarapacá\nprovincia: 1️⃣&p Iquique\nred: 2️⃣*p\n---\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "yaml.anchor", .error, at: marked.location("1️⃣"))
        expectDiagnostic(diagnostics, "yaml.alias", .error, at: marked.location("2️⃣"))
        #expect(try #require(diagnostics.first).message.es.contains("no hace falta"))
    }

    @Test("tags and directives are refused")
    func tagAndDirective() {
        let marked = MarkedText("---\n1️⃣%YAML 1.1\nregion: Tarapacá\ndesde: 2️⃣!!int \"2015\"\n---\n")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "yaml.directive", .error, at: marked.location("1️⃣"))
        expectDiagnostic(diagnostics, "yaml.tag", .error, at: marked.location("2️⃣"))
    }

    @Test("`&`, `*` and `!` inside text or quotes are text, not refused")
    func insideText() {
        let text = RuleHarness.experience(RuleHarness.validKeys.replacingOccurrences(
            of: "red: Red de prueba", with: "red: Red Uno & Dos *la mejor*! \"&x\""))
        #expect(RuleHarness.run(rule, text).isEmpty)
    }

    @Test("the classic billion-laughs alias bomb is refused before composing: the call returns with the anchor and alias codes")
    func aliasBomb() {
        let bomb = """
            ---
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            ---

            """
        #expect(bomb.utf8.count < 420)
        let diagnostics = RuleHarness.runAll(bomb)
        #expect(diagnostics.contains { $0.code == "yaml.anchor" && $0.range?.start == SourceLocation(line: 2, column: 4) })
        #expect(diagnostics.contains { $0.code == "yaml.alias" && $0.range?.start == SourceLocation(line: 3, column: 8) })
        // One diagnostic per line and kind, not one per `*`.
        #expect(diagnostics.filter { $0.code == "yaml.alias" }.count == 8)
        // Nothing was composed, so no rule reads keys that are not there.
        expectNone(diagnostics, prefix: "front-matter.unknown-key")
        expectNone(diagnostics, prefix: "front-matter.missing-key")
    }
}
