import Foundation
import Testing
import TestSupport

/// A regional office's and the editor's loop through `rme recepcion` in a real headless Chromium (through
/// `scripts/recepcion-browser-check.py`): invitation link, an upload with errors, the clean version and its
/// styled preview, sending, the dashboard, acceptance into `Content/`, a region kept out of the editor's pages.
@Suite("rme recepcion in a browser", .enabled(if: RMEBinary.url != nil, RMEBinary.absentReason))
struct IntakeBrowserTests {
    static let script = Repository.root.appendingPathComponent("scripts/recepcion-browser-check.py").path

    static let browserAvailable: Bool = {
        (try? ServeTests.run("/usr/bin/env", ["python3", script, "--tools"]).status) == 0
    }()

    @Test("in Chromium: enter by the invitation, errors listed with lines and sending disabled, no script run, the clean file previewed in the edition's stylesheet and sent, the editor's dashboard and diff, acceptance writes the upload's bytes, nothing wider than a 390 px phone, 403 for a region on the editor's page, Ctrl-C stops cleanly",
          .enabled(if: browserAvailable, ServeTests.browserAbsentReason))
    func regionAndEditorInABrowser() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ServeTests.copyProject(into: folder)
        let result = try ServeTests.run("/usr/bin/env", ["python3", Self.script, RMEBinary.url!.path, folder.url.path])
        #expect(result.status == 0, "the script failed: \(result.stderr)")
        let report = try JSONDecoder().decode(ServeTests.Report.self, from: Data(result.stdout.utf8))
        #expect(report.steps.map(\.name) == ["start", "enter", "errors", "clean", "send", "editor", "phone", "accept", "isolation", "stop"],
                "steps run: \(report.steps.map(\.name)); \(report.steps.last?.detail ?? "")")
        for step in report.steps {
            #expect(step.ok, "step «\(step.name)» failed: \(step.detail)")
        }
    }
}
