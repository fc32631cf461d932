import Concurrency
import Diagnostics
import Validation

/// The check stage: each file's check (from the cache when its bytes and the settings are unchanged), then
/// each edition's rules over the files' results.
enum CheckStage {
    /// Every edition of the project checked, in the project's order.
    static func check(_ project: Project, cache: BuildCache, progress: @Sendable (BuildProgress) -> Void) async throws(BuildError) -> [CheckedEdition] {
        var checked: [CheckedEdition] = []
        for (index, edition) in project.editions.enumerated() {
            progress(.checking(edition: edition.id, index: index + 1, of: project.editions.count))
            checked.append(try await check(edition, project: project, cache: cache))
        }
        return checked
    }

    /// One edition: its files in parallel, then its edition rules.
    static func check(_ edition: EditionSource, project: Project, cache: BuildCache) async throws(BuildError) -> CheckedEdition {
        let settings = project.settings
        let settingsDigest = project.settingsDigest
        let pages: [(FileCheck, Digest)]
        let experiences: [(FileCheck, Digest)]
        do {
            pages = try await ParallelMap.map(edition.pages) { file in
                checkFile(file, kind: .frontPage, settings: settings, settingsDigest: settingsDigest, cache: cache)
            }
            experiences = try await ParallelMap.map(edition.experiences) { file in
                checkFile(file, kind: .experience, settings: settings, settingsDigest: settingsDigest, cache: cache)
            }
        } catch {
            throw .cancelled
        }
        let check = Checker.checkEdition(
            edition.folder, editionFile: edition.editionFile, pages: pages.map(\.0), experiences: experiences.map(\.0),
            settings: settings)
        var digests: [String: Digest] = [:]
        for (file, digest) in pages + experiences { digests[file.path] = digest }
        return CheckedEdition(source: edition, check: check, fileDigests: digests)
    }

    /// One file's check and the digest it is kept under: of its bytes, its path, its kind and the settings.
    static func checkFile(
        _ file: SourceFile, kind: DocumentKind, settings: CheckSettings, settingsDigest: Digest, cache: BuildCache
    ) -> (FileCheck, Digest) {
        var builder = DigestBuilder("check")
        builder.add(EngineVersion.identity)
        builder.add(settingsDigest)
        builder.add(kind.rawValue)
        // The path is in every diagnostic and names the experience's slug and page.
        builder.add(file.path)
        builder.add(file.digest)
        let key = builder.finish()
        if let kept = cache.fileCheck(key) { return (kept, key) }
        let check = Checker.check(file.input, kind: kind, settings: settings, digest: file.digest)
        cache.store(check, key: key)
        return (check, key)
    }
}
