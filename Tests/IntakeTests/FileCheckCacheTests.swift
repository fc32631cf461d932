import Content
import Foundation
import Testing
import Validation

@testable import Intake

/// The cache of per-file checks gives what checking the whole folder gives, and never a stale result.
@Suite("rme recepcion: revisiones guardadas")
struct FileCheckCacheTests {
    @Test("an upload checked with the cache has the diagnostics and edition of a full check; after another file changes on disk, the cached check follows it")
    func sameAsAFullCheckAndNeverStale() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let edition = try project.collected()
        let folder = try #require(EditionFolder.scan(path: edition.path))
        let upload = InputFile(path: edition.experiencePath(of: "tarapaca"), bytes: try IntakeProject.realExperience("tarapaca"))
        let cache = FileCheckCache()

        let full = try await Checker.check(folder, with: upload, settings: edition.settings)
        let cached = cache.check(folder, with: upload, settings: edition.settings)
        #expect(cached.diagnostics == full.diagnostics)
        #expect(cached.partialEdition?.experiences.count == full.partialEdition?.experiences.count)
        #expect(cache.check(folder, with: upload, settings: edition.settings).diagnostics == full.diagnostics)

        // Another region's file gets an error on disk: the next check of the same upload must report it.
        let other = edition.experiencePath(of: "antofagasta")
        let broken = try String(contentsOfFile: other, encoding: .utf8).replacingOccurrences(of: "region: Antofagasta", with: "region: Narnia")
        #expect(broken != (try String(contentsOfFile: other, encoding: .utf8)))
        try broken.write(toFile: other, atomically: true, encoding: .utf8)
        let again = cache.check(folder, with: upload, settings: edition.settings)
        let expected = try await Checker.check(folder, with: upload, settings: edition.settings)
        #expect(again.diagnostics == expected.diagnostics)
        #expect(again.diagnostics.contains { $0.file == other && $0.severity == .error })
    }
}
