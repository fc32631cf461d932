import Foundation
import Testing
import TestSupport
@testable import RMECLI

/// The whole human report of a fixture edition against files reviewed by eye; `RECORD_GOLDEN=1` writes them anew.
///
/// A change of wording in any rule shows up here as a diff to read, which is the point.
@Suite("rme check golden output")
struct CheckGoldenTests {
    /// Compares `actual` with the golden file, or records it when `RECORD_GOLDEN=1`.
    func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = CheckFixtures.goldenFolder.appendingPathComponent(name)
        if CheckFixtures.recording {
            try FileManager.default.createDirectory(at: CheckFixtures.goldenFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected,
            "\(name) differs from its golden file; if the change is intended, re-record with RECORD_GOLDEN=1 and review the diff",
            sourceLocation: sourceLocation
        )
    }

    @Test("Spanish report of the fixture edition")
    func spanish() async throws {
        let run = await runCapturing(["check", CheckFixtures.editionWithErrors])
        #expect(run.status == 1)
        try expectGolden(CheckFixtures.normalized(run.stderr), "check-edicion-con-errores.es.txt")
    }

    @Test("English report of the fixture edition")
    func english() async throws {
        let run = await runCapturing(["check", CheckFixtures.editionWithErrors, "--lang", "en"])
        #expect(run.status == 1)
        try expectGolden(CheckFixtures.normalized(run.stderr), "check-edicion-con-errores.en.txt")
    }

    @Test("JSON report of the fixture edition")
    func json() async throws {
        let run = await runCapturing(["check", CheckFixtures.editionWithErrors, "--format", "json"])
        #expect(run.status == 1)
        try expectGolden(CheckFixtures.normalized(run.stdout), "check-edicion-con-errores.json")
    }
}
