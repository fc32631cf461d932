import Concurrency
import Content
import Diagnostics
import Rendering
import Validation

/// The render stage: the pages of the plan that must be made anew, in memory, reading nothing from disk.
///
/// Chapters come first, each rendered once per title level (the booklet's and the region pages') and kept in
/// the cache by their experience and template digests; then every unit in parallel.
struct RenderStage {
    let project: Project
    let editions: [Edition]
    /// The PDFs the output has, by edition: the pages link them with their facts.
    let pdfs: [String: BookletPDFFacts]
    let cache: BuildCache

    /// What the stage made: the files of each unit, keyed by the unit's key, and the source path and title
    /// level of each chapter rendered anew (not found in the cache).
    struct Rendered: Sendable {
        let files: [Digest: [RenderedFile]]
        let chapters: [(path: String, level: Int)]
    }

    /// The files of each unit of `units`, and the chapters rendered for them.
    func render(_ units: [PlannedPage], fileDigests: [[String: Digest]]) async throws(BuildError) -> Rendered {
        // Each edition's regions once: every region page and its chapters are looked up in them.
        let regions = editions.map { RegionSummary.all(in: $0) }
        let chapterKeys = ChapterKeys(project: project, fileDigests: fileDigests)
        // Every chapter the editions have stays cached, needed now or not: a build that reuses every page must
        // not let the next one, after a single file changed, render all the others again.
        var kept: [Digest] = []
        for (index, edition) in editions.enumerated() {
            for experience in edition.experiences {
                for level in ChapterKeys.levels { kept.append(chapterKeys.key(edition: index, path: experience.sourcePath, level: level)) }
            }
        }
        cache.markUsed(kept)
        let (chapters, renderedChapters) = try await renderChapters(for: units, regions: regions, keys: chapterKeys)
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
        return Rendered(files: files, chapters: renderedChapters)
    }

    /// One chapter to have: an experience of an edition at a title level.
    struct ChapterWanted: Hashable, Sendable {
        let edition: Int
        let experience: Int
        let level: Int
    }

    /// The chapters the units need, from the cache or rendered in parallel, and those rendered (in no order).
    private func renderChapters(
        for units: [PlannedPage], regions: [[RegionSummary]], keys: ChapterKeys
    ) async throws(BuildError) -> ([ChapterWanted: String], [(path: String, level: Int)]) {
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
        let list = Array(wanted)
        cache.prefetch(.chapter, list.map { keys.key(edition: $0.edition, path: editions[$0.edition].experiences[$0.experience].sourcePath, level: $0.level) })
        let renderer = EditionRenderer(templates: project.templates)
        let results: [Result<(html: String, fresh: Bool), BuildError>]
        do {
            results = try await ParallelMap.map(list) { chapter in
                let experience = editions[chapter.edition].experiences[chapter.experience]
                let key = keys.key(edition: chapter.edition, path: experience.sourcePath, level: chapter.level)
                if let kept = cache.chapter(key) { return .success((kept, false)) }
                do throws(RenderError) {
                    let whole = wholeExperience(experience, edition: chapter.edition, keys: keys)
                    let html = try renderer.chapterHTML(whole, titleLevel: chapter.level)
                    cache.store(chapter: html, key: key)
                    return .success((html, true))
                } catch {
                    return .failure(.template(error))
                }
            }
        } catch {
            throw .cancelled
        }
        var chapters: [ChapterWanted: String] = [:]
        var fresh: [(path: String, level: Int)] = []
        for (chapter, result) in zip(list, results) {
            let made = try result.get()
            chapters[chapter] = made.html
            if made.fresh { fresh.append((editions[chapter.edition].experiences[chapter.experience].sourcePath, chapter.level)) }
        }
        return (chapters, fresh)
    }

    /// `experience` with its body's sections, which a check read back from the disk cache leaves apart: from
    /// the cache, or, when its entry is gone or damaged, by checking the file's bytes again (the load stage
    /// holds them; the check is a pure function of them, so it decodes to the same experience).
    private func wholeExperience(_ experience: Experience, edition: Int, keys: ChapterKeys) -> Experience {
        if let checkKey = keys.fileDigests[edition][experience.sourcePath],
           let whole = cache.experience(experience, checkKey: checkKey) { return whole }
        guard let file = project.editions[edition].experiences.first(where: { $0.path == experience.sourcePath }),
              let checked = Checker.check(file.input, kind: .experience, settings: project.settings, digest: file.digest).experience
        else { return experience }
        return checked
    }

    /// The cache keys of chapters: an experience file's digest at a title level, with the chapter's templates.
    struct ChapterKeys: Sendable {
        /// The title levels chapters are rendered at: 1 in the booklet, 2 in the region pages.
        static let levels = [1, 2]
        let templatesDigest: Digest
        let fileDigests: [[String: Digest]]

        init(project: Project, fileDigests: [[String: Digest]]) {
            templatesDigest = PagePlanner(project: project, pdfs: [:]).templates(PageTemplates.chapter).digest
            self.fileDigests = fileDigests
        }

        /// The key of the chapter of the experience at `path` in the edition at `edition`, at `level`.
        func key(edition: Int, path: String, level: Int) -> Digest {
            var builder = DigestBuilder("chapter")
            builder.add(EngineVersion.identity)
            builder.add(String(level))
            builder.add(fileDigests[edition][path]!)
            builder.add(templatesDigest)
            return builder.finish()
        }
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
            return try site.editionHome(
                of: editions[unit.edition!], pdf: pdfs[editions[unit.edition!].id], generatedAt: project.generatedAt)
        case .regionPage:
            let index = unit.edition!
            let edition = editions[index]
            let regions = regions[index]
            let paths = Set(regions[unit.region!].experiences.map(\.sourcePath))
            var html = ""
            for (position, experience) in edition.experiences.enumerated() where paths.contains(experience.sourcePath) {
                html += chapters[ChapterWanted(edition: index, experience: position, level: 2)]!
            }
            return [try site.regionPage(
                of: edition, regions: regions, at: unit.region!, chaptersHTML: html, pdf: pdfs[edition.id], generatedAt: project.generatedAt)]
        case .summary:
            return try site.summaryPage(of: editions[unit.edition!], pdf: pdfs[editions[unit.edition!].id], generatedAt: project.generatedAt)
        case .manifest:
            return [EditionManifest.file(for: editions[unit.edition!])]
        case .outputNote:
            return [RenderedFile(path: OutputNote.fileName, text: OutputNote.text)]
        case .archive:
            let planner = PagePlanner(project: project, pdfs: pdfs)
            return try site.archiveIndex(
                planner.archiveEntries(editions), regions: planner.searchRegions(editions), generatedAt: project.generatedAt)
        case .bookletPDF:
            // Printed by the write stage's PDF engine, never rendered.
            return []
        }
    }
}
