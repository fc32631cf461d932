import Foundation
import Testing
import TestSupport

/// Search as a reader uses it, in a real headless Chromium over HTTP (through `scripts/search-browser-check.py`):
/// the built site served by a plain HTTP server, and `rme serve`.
@Suite("Search in the browser", .enabled(if: RMEBinary.url != nil, RMEBinary.absentReason))
struct SearchBrowserTests {
    static let script = Repository.root.appendingPathComponent("scripts/search-browser-check.py").path

    /// Whether selenium, Chromium and its driver are installed (the script says what is missing otherwise).
    static let browserAvailable: Bool = {
        (try? ServeTests.run("/usr/bin/env", ["python3", script, "--tools"]).status) == 0
    }()

    @Test("in Chromium: a word of one chapter finds that region first, «aysen» and «AYSÉN» find Aysén, the edition filter narrows, the region filter lists, text like markup stays text, the header box and the links lead on, axe-core finds nothing, nothing overflows at 390 px on any page (wide tables with their cue and whole caption), file:// and a site without index say why, rme serve indexes and reindexes",
          .enabled(if: browserAvailable, ServeTests.browserAbsentReason))
    func readerSearches() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ServeTests.copyProject(into: folder)
        let result = try ServeTests.run("/usr/bin/env", ["python3", Self.script, RMEBinary.url!.path, folder.url.path])
        #expect(result.status == 0, "the script failed: \(result.stderr)")
        let report = try JSONDecoder().decode(ServeTests.Report.self, from: Data(result.stdout.utf8))
        #expect(report.steps.map(\.name) == [
            "build", "word", "accents", "edition", "region", "hostile", "phone", "tables", "header", "follow", "axe", "disk", "unindexed", "serve",
        ], "steps run: \(report.steps.map(\.name)); \(report.steps.last?.detail ?? "")")
        for step in report.steps {
            #expect(step.ok, "step «\(step.name)» failed: \(step.detail)")
        }
    }
}
