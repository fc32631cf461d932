import Concurrency
import Content
import Diagnostics
import Foundation
import Rendering
import Validation

/// The load stage: scans the content root once, reads every file of the editions to build (in parallel),
/// loads the templates, and reads what the previous output holds of the editions to keep.
enum ProjectLoader {
    /// The project a request describes; an error when there is no edition, the named one is missing, the
    /// templates cannot be read or a setting is malformed.
    static func load(_ request: BuildRequest) async throws(BuildError) -> Project {
        let all = try EditionSelection.allFolders(contentRoot: request.contentRoot)
        let chosen = try EditionSelection.choose(request.editionID, among: all, contentRoot: request.contentRoot)
        let generatedAt = try BuildDate.generatedAt(environment: request.environment)
        let templates: TemplateLibrary
        do {
            templates = try TemplateLibrary.load(projectTemplates: request.templatesFolder, override: request.templatesOverride)
        } catch {
            throw .template(error)
        }
        var editions: [EditionSource] = []
        for folder in chosen { editions.append(try await read(folder, sizeLimit: request.settings.schema.maxFileBytes)) }
        let kept = request.editionID == nil ? [] : await keptEditions(
            all.map(\.id).filter { !chosen.map(\.id).contains($0) }, outputPath: request.outputPath, environment: request.environment)
        return Project(
            contentRoot: request.contentRoot, editions: editions, templates: templates, settings: request.settings,
            settingsDigest: settingsDigest(request.settings), kept: kept, generatedAt: generatedAt)
    }

    /// An edition folder's files, read in parallel.
    static func read(_ folder: EditionFolder, sizeLimit: Int) async throws(BuildError) -> EditionSource {
        let editionFile = folder.editionFile.map { (path: $0, file: InputFile.read(path: $0)) }
        let root = folder.contentRoot
        do {
            let pages = try await ParallelMap.map(folder.pageFiles) { SourceFile.read(path: $0, sizeLimit: sizeLimit, root: root) }
            let experiences = try await ParallelMap.map(folder.experienceFiles) { SourceFile.read(path: $0, sizeLimit: sizeLimit, root: root) }
            return EditionSource(
                folder: folder, editionFile: editionFile, editionDigest: Digest(of: editionFile?.file?.bytes ?? []),
                pages: pages, experiences: experiences)
        } catch {
            throw .cancelled
        }
    }

    /// The digest of the check settings: the schema as Swift describes its value (arrays only, so the text
    /// is the same in every process) and the year.
    static func settingsDigest(_ settings: CheckSettings) -> Digest {
        var builder = DigestBuilder("settings")
        builder.add(String(reflecting: settings.schema))
        builder.add(String(settings.currentYear))
        return builder.finish()
    }

    /// The editions named `ids` that the previous output holds as folders, with their archive entries.
    ///
    /// Only folders named after an edition that still exists under the content root are kept.
    static func keptEditions(_ ids: [String], outputPath: String, environment: [String: String] = [:]) async -> [KeptEdition] {
        var kept: [KeptEdition] = []
        for id in ids.sorted() {
            let folder = outputPath + "/" + id
            guard FileSystemCalls.kind(of: folder) == .directory else { continue }
            kept.append(KeptEdition(id: id, entry: await EditionManifest.keptEntry(id: id, folder: folder, environment: environment)))
        }
        return kept
    }
}
