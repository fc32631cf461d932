import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Edition: missing regions")
struct EditionMissingRegionsTests {
    let rule = MissingRegionsRule()

    /// One experience file per region name given.
    func documents(_ regions: [String]) -> [DocumentContext] {
        regions.enumerated().map { index, region in
            let keys = RuleHarness.validKeys.replacingOccurrences(of: "region: Tarapacá", with: "region: \"\(region)\"")
            return RuleHarness.context(RuleHarness.experience(keys), path: "2099/experiencias/\(index).md")
        }
    }

    @Test("the regions without an experience are listed in one warning, in catalogue order")
    func listed() throws {
        let schema = RuleHarness.settings.schema
        let present = schema.regions.map(\.region.name).filter { !["Ñuble", "Atacama"].contains($0) }
        var diagnostics: [Diagnostic] = []
        rule.check(documents(present), RuleHarness.settings, into: &diagnostics)
        expectDiagnostic(diagnostics, "edition.missing-regions", .warning, at: nil)
        let found = try #require(diagnostics.first)
        #expect(found.message.es.hasSuffix("Atacama, Ñuble."))
        #expect(found.file == "2099/experiencias")
    }

    @Test("all sixteen present: nothing to say")
    func complete() {
        var diagnostics: [Diagnostic] = []
        rule.check(documents(RuleHarness.settings.schema.regions.map(\.region.name)), RuleHarness.settings, into: &diagnostics)
        #expect(diagnostics.isEmpty)
    }

    @Test("a file whose region is misspelt still counts for the region its name names")
    func countedByFileName() throws {
        let names = RuleHarness.settings.schema.regions.map(\.region.name).filter { $0 != "Maule" }
        let misspelt = RuleHarness.validKeys.replacingOccurrences(of: "region: Tarapacá", with: "region: Maulle")
        let maule = RuleHarness.context(RuleHarness.experience(misspelt), path: "2099/experiencias/maule.md")
        var diagnostics: [Diagnostic] = []
        rule.check(documents(names) + [maule], RuleHarness.settings, into: &diagnostics)
        #expect(diagnostics.isEmpty)
    }
}
