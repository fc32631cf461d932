import Concurrency
import Content
import Diagnostics
import Rendering

/// The render stage: the pages of the plan that must be made anew, in memory, reading nothing from disk.
///
/// Chapters come first, each rendered once per title level (the booklet's and the region pages') and kept in
/// the cache by their experience and template digests; then every unit in parallel.
struct RenderStage {
    let project: Project
    let editions: [Edition]
    let linksPDF: Bool
    let cache: BuildCache

    /// The files of each unit of `units`, keyed by the unit's key.
    func render(_ units: [PlannedPage], fileDigests: [[String: Digest]]) async throws(BuildError) -> [Digest: [RenderedFile]] {
        // Each edition's regions once: every region page and its chapters are looked up in them.
        let regions = editions.map { RegionSummary.all(in: $0) }
        let chapters = try await renderChapters(for: units, regions: regions, fileDigests: fileDigests)
        let results: [Result<[RenderedFile], BuildError>]
        do {
            results = try await ParallelMap.map(units) { unit in
                if let kept = cache.pageFiles(unit.key) { return .success(kept) }
                do throws(RenderError) {
                    let files = try render(unit, regions: regions, chapters: chapters)
                    cache.store(pageFiles: files, key: unit.key)
                    return .success(files)
                } catch {
                    return .failure(.template(error))
                }
            }
        } catch {
            throw .cancelled
        }
        var files: [Digest: [RenderedFile]] = [:]
        // The first failure in plan order, so the message does not depend on thread timing.
        for (unit, result) in zip(units, results) { files[unit.key] = try result.get() }
        return files
    }

    /// One chapter to have: an experience of an edition at a title level.
    struct ChapterWanted: Hashable, Sendable {
        let edition: Int
        let experience: Int
        let level: Int
    }

    /// The chapters the units need, from the cache or rendered in parallel.
    private func renderChapters(
        for units: [PlannedPage], regions: [[RegionSummary]], fileDigests: [[String: Digest]]
    ) async throws(BuildError) -> [ChapterWanted: String] {
        var wanted = Set<ChapterWanted>()
        for unit in units {
            guard let edition = unit.edition else { continue }
            switch unit.kind {
            case .booklet:
                for index in editions[edition].experiences.indices { wanted.insert(ChapterWanted(edition: edition, experience: index, level: 1)) }
            case .regionPage:
                let region = regions[edition][unit.region!]
                let paths = Set(region.experiences.map(\.sourcePath))
                for (index, experience) in editions[edition].experiences.enumerated() where paths.contains(experience.sourcePath) {
                    wanted.insert(ChapterWanted(edition: edition, experience: index, level: 2))
                }
            default:
                continue
            }
        }
        let templatesDigest = PagePlanner(project: project, linksPDF: linksPDF).templates(PageTemplates.chapter).digest
        let list = Array(wanted)
        let renderer = EditionRenderer(templates: project.templates)
        let results: [Result<String, BuildError>]
        do {
            results = try await ParallelMap.map(list) { chapter in
                let experience = editions[chapter.edition].experiences[chapter.experience]
                var builder = DigestBuilder("chapter")
                builder.add(EngineVersion.identity)
                builder.add(String(chapter.level))
                builder.add(fileDigests[chapter.edition][experience.sourcePath]!)
                builder.add(templatesDigest)
                let key = builder.finish()
                if let kept = cache.chapter(key) { return .success(kept) }
                do throws(RenderError) {
                    let html = try renderer.chapterHTML(experience, titleLevel: chapter.level)
                    cache.store(chapter: html, key: key)
                    return .success(html)
                } catch {
                    return .failure(.template(error))
                }
            }
        } catch {
            throw .cancelled
        }
        var chapters: [ChapterWanted: String] = [:]
        for (chapter, result) in zip(list, results) { chapters[chapter] = try result.get() }
        return chapters
    }

    /// One unit's files.
    private func render(_ unit: PlannedPage, regions: [[RegionSummary]], chapters: [ChapterWanted: String]) throws(RenderError) -> [RenderedFile] {
        let site = SiteRenderer(templates: project.templates)
        let booklets = EditionRenderer(templates: project.templates)
        switch unit.kind {
        case .booklet:
            let index = unit.edition!
            let edition = editions[index]
            let html = edition.experiences.indices.map { chapters[ChapterWanted(edition: index, experience: $0, level: 1)]! }
            return [RenderedFile(path: EditionPages.bookletPath(for: edition.id),
                                 text: try booklets.booklet(edition, chapters: html, generatedAt: project.generatedAt))]
        case .editionStylesheets:
            let edition = editions[unit.edition!]
            return booklets.stylesheets(under: edition.id) + [try booklets.pageSetupCSS(edition)]
        case .editionHome:
            return try site.editionHome(of: editions[unit.edition!], linksPDF: linksPDF, generatedAt: project.generatedAt)
        case .regionPage:
            let index = unit.edition!
            let edition = editions[index]
            let regions = regions[index]
            let paths = Set(regions[unit.region!].experiences.map(\.sourcePath))
            var html = ""
            for (position, experience) in edition.experiences.enumerated() where paths.contains(experience.sourcePath) {
                html += chapters[ChapterWanted(edition: index, experience: position, level: 2)]!
            }
            return [try site.regionPage(of: edition, regions: regions, at: unit.region!, chaptersHTML: html, generatedAt: project.generatedAt)]
        case .summary:
            return try site.summaryPage(of: editions[unit.edition!], generatedAt: project.generatedAt)
        case .manifest:
            return [EditionManifest.file(for: editions[unit.edition!])]
        case .outputNote:
            return [RenderedFile(path: OutputNote.fileName, text: OutputNote.text)]
        case .archive:
            let entries = PagePlanner(project: project, linksPDF: linksPDF).archiveEntries(editions)
            return try site.archiveIndex(entries, generatedAt: project.generatedAt)
        case .bookletPDF:
            // Printed by the write stage's PDF engine, never rendered.
            return []
        }
    }
}
