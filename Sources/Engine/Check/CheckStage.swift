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
        let files = edition.pages.map { ($0, DocumentKind.frontPage) } + edition.experiences.map { ($0, DocumentKind.experience) }
        let keys = files.map { checkKey($0.0, kind: $0.1, settingsDigest: settingsDigest) }
        cache.prefetch(.check, keys)
        let checks: [FileCheck]
        do {
            checks = try await ParallelMap.map(Array(zip(files, keys))) { item in
                checkFile(item.0.0, kind: item.0.1, key: item.1, settings: settings, cache: cache)
            }
        } catch {
            throw .cancelled
        }
        let check = Checker.checkEdition(
            edition.folder, editionFile: edition.editionFile, pages: Array(checks.prefix(edition.pages.count)),
            experiences: Array(checks.dropFirst(edition.pages.count)), settings: settings)
        var digests: [String: Digest] = [:]
        for (file, key) in zip(checks, keys) { digests[file.path] = key }
        var facts: [String: Digest] = [:]
        for experience in check.edition?.experiences ?? [] { facts[experience.sourcePath] = ExperienceFacts.digest(experience) }
        return CheckedEdition(source: edition, check: check, fileDigests: digests, factsDigests: facts)
    }

    /// The digest a file's check is kept under: of its bytes, its path, its kind and the settings.
    static func checkKey(_ file: SourceFile, kind: DocumentKind, settingsDigest: Digest) -> Digest {
        var builder = DigestBuilder("check")
        builder.add(EngineVersion.identity)
        builder.add(settingsDigest)
        builder.add(kind.rawValue)
        // The path is in every diagnostic and names the experience's slug and page.
        builder.add(file.path)
        builder.add(file.digest)
        return builder.finish()
    }

    /// One file's check, from the cache under `key` or made anew (and kept there).
    static func checkFile(_ file: SourceFile, kind: DocumentKind, key: Digest, settings: CheckSettings, cache: BuildCache) -> FileCheck {
        if let kept = cache.fileCheck(key) { return kept }
        let check = Checker.check(file.input, kind: kind, settings: settings, digest: file.digest)
        cache.store(check, key: key)
        return check
    }
}
