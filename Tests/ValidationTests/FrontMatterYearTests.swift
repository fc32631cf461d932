import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: years")
struct FrontMatterYearTests {
    let rule = YearRule()

    @Test("before 2014 or after the current year (fixed at 2025 here) is out of range", arguments: ["2013", "2026", "-2015", "99999999999999999999"])
    func outOfRange(year: String) {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 1️⃣\(year)")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "front-matter.year-out-of-range", .error, at: marked.location("1️⃣"))
    }

    @Test("the bounds themselves are accepted", arguments: ["2014", "2025"])
    func bounds(year: String) {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: \(year)")
        #expect(RuleHarness.run(rule, marked.text).isEmpty)
    }

    @Test("the maximum follows the settings' current year")
    func currentYearFromSettings() {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 2026")
        var later = RuleHarness.settings
        later.currentYear = 2026
        var diagnostics: [Diagnostic] = []
        rule.check(RuleHarness.context(marked.text), later, into: &diagnostics)
        #expect(diagnostics.isEmpty)
    }

    @Test("words, thousands separators and ranges are not a year", arguments: ["dos mil quince", "2,015", "2015 - 2016", "2.015,5"])
    func notAYear(text: String) {
        let marked = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 1️⃣\(text)")
        expectDiagnostic(RuleHarness.run(rule, marked.text), "front-matter.not-a-year", .error, at: marked.location("1️⃣"))
    }

    @Test("a quoted year is accepted as that year, and still range-checked")
    func quoted() {
        #expect(RuleHarness.run(rule, RuleHarness.marked(replacing: "desde: 2015", with: "desde: \"2015\"").text).isEmpty)
        let late = RuleHarness.marked(replacing: "desde: 2015", with: "desde: 1️⃣'2030'")
        expectDiagnostic(RuleHarness.run(rule, late.text), "front-matter.year-out-of-range", .error, at: late.location("1️⃣"))
    }

    @Test("YAML traps in `desde` are left to the trap rule")
    func trapsLeftAlone() {
        for text in ["010", "2015-03-01", "no", "2015.0"] {
            #expect(RuleHarness.run(rule, RuleHarness.marked(replacing: "desde: 2015", with: "desde: \(text)").text).isEmpty, "\(text)")
        }
    }
}
