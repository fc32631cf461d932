import Content
import Diagnostics
import Foundation
import Rendering
import Validation

/// Builds the site in stages — load, check, plan, render, write — reusing what the cache and the previous
/// output hold for inputs that did not change; on any failure the output is left untouched.
public struct BuildPipeline: Sendable {
    public let request: BuildRequest
    /// Results kept between builds: in memory for a long-running process, in `.rme-cache/` for `rme build`.
    public let cache: BuildCache

    /// A pipeline for a request, with the cache folder the request names (memory only when it names none).
    public init(request: BuildRequest) {
        self.init(request: request, cache: request.cacheFolder.map { BuildCache(folder: $0) } ?? BuildCache())
    }

    /// A pipeline sharing a cache with earlier builds (the preview server's).
    public init(request: BuildRequest, cache: BuildCache) {
        self.request = request
        self.cache = cache
    }

    /// Runs the build. Content problems come back as `.rejected` with their diagnostics; anything else that stops
    /// the build (templates, file system, PDF engine, cancellation) is thrown. In both cases the output is unchanged.
    public func run(progress: @escaping @Sendable (BuildProgress) -> Void = { _ in }) async throws(BuildError) -> BuildOutcome {
        do {
            let outcome = try await build(progress: progress)
            if case .rejected = outcome { cache.abandonBuild() }
            return outcome
        } catch {
            cache.abandonBuild()
            throw error
        }
    }

    /// The stages, one after another.
    private func build(progress: @escaping @Sendable (BuildProgress) -> Void) async throws(BuildError) -> BuildOutcome {
        let project = try await ProjectLoader.load(request)
        let upToDateKey = cache.disk == nil ? nil : await wholeBuildKey(project)
        let lastRecord = upToDateKey == nil ? nil : cache.upToDateRecord()
        // Folders of killed builds removed while finding out, so the full build's report still names them.
        var removedFirst: [String] = []
        if let upToDateKey, let record = lastRecord, record.key == upToDateKey {
            let writer = try OutputWriter(outputPath: request.outputPath)
            removedFirst = writer.recoverAndClean()
            if record.matches(PreviousOutput(output: writer.output)) {
                progress(.checked(diagnostics: record.diagnostics, fileCount: record.checkedFiles, sources: LoadedSources(project)))
                return .upToDate(Self.report(of: record, output: writer.output, removed: removedFirst))
            }
        }
        let checked = try await CheckStage.check(project, cache: cache, progress: progress)
        let checks = checked.map(\.check)
        guard !refuses(checks) else { return .rejected(checks) }
        let editions = checked.map { (checked: $0, edition: $0.check.edition!) }
        progress(.checked(diagnostics: checks.flatMap(\.diagnostics), fileCount: checks.fileCount, sources: LoadedSources(project)))

        // Everything that can fail without touching the disk is settled before the staging folder exists.
        let engine = try request.makePDF ? pdfEngine() : nil

        let writer = try OutputWriter(outputPath: request.outputPath)
        let removed = removedFirst + writer.recoverAndClean()
        try writer.ensureReplaceable(protecting: [request.contentRoot, request.templatesFolder] + (request.templatesOverride.map { [$0] } ?? []))
        let previous = PreviousOutput(output: writer.output)
        if !request.allowShrinking {
            let shrinkage = ShrinkGuard.shrinkage(of: editions.map(\.edition), output: writer.output, known: lastRecord?.booklets ?? [])
            if !shrinkage.isEmpty { throw ShrinkGuard.error(shrinkage) }
        }
        // Without --pdf, a PDF the previous build printed from this very booklet is kept (and linked); one
        // printed from an older booklet goes, and the report says so.
        let allIDs = Set(editions.map(\.edition.id))
        let previousPDFs = allIDs.filter {
            FileSystemCalls.kind(of: writer.output + "/" + EditionPages.pdfPath(for: $0)) == .other
        }
        // The plan in two steps. First what each PDF is printed from, the booklet and its stylesheets, which
        // depend on no PDF; then, once the PDFs are in the staging folder and their facts read (size, pages,
        // each chapter's pages), every unit, the pages that show those facts keyed by them.
        let printSources = PagePlanner(project: project, pdfs: [:]).plan(editions)
            .filter { PagePlanner.printSources.contains($0.kind) }
        let keptPDFs = request.makePDF || previousPDFs.isEmpty ? [:] : currentPDFs(editions.map(\.edition), plan: printSources, previous: previous)
        let droppedPDFs = request.makePDF ? [] : previousPDFs.subtracting(keptPDFs.keys)

        let staging = try writer.makeStagingFolder()
        do {
            var written: [Digest: [String]] = [:]
            var renderedPages: [PlannedPage] = [], renderedChapters: [(path: String, level: Int)] = []
            var fileCount = 0
            /// Renders what `units` need anew, links what the previous output holds unchanged, writes it all.
            func place(_ units: [PlannedPage], pdfs: [String: BookletPDFFacts]) async throws(BuildError) {
                var reused: [Digest: [(path: String, source: String)]] = [:]
                var fresh: [PlannedPage] = []
                for unit in units {
                    if cache.pageFiles(unit.key) == nil, let files = previous.unchangedFiles(of: cache.recordedFiles(unit.key)) {
                        reused[unit.key] = files
                    } else {
                        fresh.append(unit)
                    }
                }
                for index in Set(fresh.compactMap(\.edition)).sorted() { progress(.rendering(edition: editions[index].edition.id)) }
                let rendered = try await RenderStage(project: project, editions: editions.map(\.edition), pdfs: pdfs, cache: cache)
                    .render(fresh, fileDigests: editions.map(\.checked.fileDigests))
                let files = fresh.flatMap { rendered.files[$0.key]! }.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
                progress(.writing(files: files.count))
                try await staging.write(files)
                let linked = units.compactMap { reused[$0.key] }.flatMap { $0 }
                try await staging.link(linked)
                for unit in units { written[unit.key] = reused[unit.key]?.map(\.path) ?? rendered.files[unit.key]!.map(\.path) }
                renderedPages += fresh
                renderedChapters += rendered.chapters
                fileCount += files.count + linked.count
            }

            try await place(printSources, pdfs: [:])
            let pdfs = try await printPDFs(editions.map(\.edition), plan: printSources, engine: engine, in: staging, previous: previous, progress: progress)
            for (key, path) in pdfs.units { written[key] = [path] }
            for (_, kept) in keptPDFs {
                try await staging.link(kept.files)
                written[kept.key] = kept.files.map(\.path)
            }
            var facts: [String: BookletPDFFacts] = [:]
            for pair in editions where pdfs.paths[pair.edition.id] != nil || keptPDFs[pair.edition.id] != nil {
                let path = try staging.absolutePath(of: EditionPages.pdfPath(for: pair.edition.id))
                facts[pair.edition.id] = await PDFFactsReader.read(
                    path, chapters: pair.edition.experiences.map { AnchorID.chapter($0) }, environment: request.environment)
            }
            let plan = PagePlanner(project: project, pdfs: facts).plan(editions)
            try await place(plan.filter { !PagePlanner.printSources.contains($0.kind) }, pdfs: facts)

            let carried = previous.files(inFolders: project.kept.map(\.id))
            try await staging.link(carried)
            let search = try await indexSearch(plan: plan, carried: carried, in: staging, previous: previous, progress: progress)
            if let key = search.key { written[key] = search.files }
            if let pause = request.pauseBeforeSwap { try await Task.sleep(for: pause) }
            if Task.isCancelled { throw BuildError.cancelled }
            progress(.swapping)
            try staging.commit()
            cache.finishBuild(wrote: written.compactMapValues { previous.record($0) })
            let built = editions.map { pair in
                let id = pair.edition.id
                let fate: PDFFate = if pdfs.paths[id] != nil { .printed } else if keptPDFs[id] != nil { .kept }
                    else if droppedPDFs.contains(id) { .removedStale } else { .none }
                return BuiltEdition(
                    id: id, bookletHTML: EditionPages.bookletPath(for: id),
                    bookletPDF: fate == .printed || fate == .kept ? EditionPages.pdfPath(for: id) : nil,
                    pdfEngine: fate == .printed ? engine?.kind : nil, pdf: fate)
            }
            let report = BuildReport(
                checks: checks, output: writer.output, editions: built, keptEditions: project.kept.map(\.id),
                removedStaleFolders: removed,
                fileCount: fileCount + carried.count + pdfs.paths.count + keptPDFs.count + search.files.count,
                plan: plan, renderedPages: renderedPages, renderedChapters: renderedChapters, printedPDFs: pdfs.printed,
                search: search.fate)
            if let upToDateKey { cache.store(upToDate: Self.record(of: report, key: upToDateKey)) }
            return .built(report)
        } catch let error as BuildError {
            staging.discard()
            throw error
        } catch {
            staging.discard()
            throw .cancelled
        }
    }

    /// The key of this whole build over `project` (`UpToDateRecord.key`), with the engines it would find.
    private func wholeBuildKey(_ project: Project) async -> Digest {
        let pagefind = request.makeSearchIndex ? (await pagefind())?.identity ?? "missing" : "off"
        return UpToDateRecord.key(request: request, project: project, pdfEngine: installedPDFEngine(), pagefind: pagefind)
    }

    /// The Pagefind asked for, or the one installed.
    private func pagefind() async -> Pagefind? {
        if let chosen = request.pagefind { return chosen }
        return await Pagefind.locate(environment: request.environment, remembering: request.cacheFolder)
    }

    /// The PDF engine asked for, or the best one installed; `nil` when there is none.
    private func installedPDFEngine() -> PDFEngine? {
        request.pdfEngine ?? PDFEngine.locate(environment: request.environment)
    }

    /// The record of a build just finished, for the next one to find nothing to do; `nil` when the output
    /// cannot be listed as it now stands.
    private static func record(of report: BuildReport, key: Digest) -> UpToDateRecord? {
        guard let files = PreviousOutput(output: report.output).listing() else { return nil }
        let pages = switch report.search { case .indexed(let pages, _, _), .kept(let pages): pages; default: 0 }
        return UpToDateRecord(
            key: key, files: files, diagnostics: report.checks.flatMap(\.diagnostics), checkedFiles: report.checks.fileCount,
            editions: report.editions.map { edition in
                UpToDateRecord.Edition(
                    id: edition.id, bookletHTML: edition.bookletHTML, bookletPDF: edition.bookletPDF ?? "",
                    engine: edition.pdfEngine?.rawValue ?? "", pdf: UpToDateRecord.PDFState(edition.pdf))
            },
            keptEditions: report.keptEditions, search: UpToDateRecord.SearchState(report.search), searchPages: pages,
            booklets: report.checks.compactMap(\.edition).compactMap { edition in
                guard let identity = FileSystemCalls.identity(of: report.output + "/" + EditionPages.bookletPath(for: edition.id)) else { return nil }
                let ids = ShrinkGuard.bookletIDs(of: edition)
                return UpToDateRecord.Booklet(edition: edition.id, identity: identity, chapters: ids.chapters.sorted(), pages: ids.pages.sorted())
            })
    }

    /// The report a build that finds `record` current gives: the last build's, as an unchanged build says it.
    private static func report(of record: UpToDateRecord, output: String, removed: [String]) -> UpToDateReport {
        UpToDateReport(
            diagnostics: record.diagnostics, fileCount: record.checkedFiles, output: output,
            editions: record.editions.map { edition in
                BuiltEdition(
                    id: edition.id, bookletHTML: edition.bookletHTML, bookletPDF: edition.bookletPDF.isEmpty ? nil : edition.bookletPDF,
                    pdfEngine: PDFEngine.Kind(rawValue: edition.engine),
                    pdf: edition.pdf.fate)
            },
            keptEditions: record.keptEditions, removedStaleFolders: removed,
            search: record.search.fate(pages: record.searchPages))
    }

    /// Builds into memory for the preview server: load, check, plan and render, writing nothing. Pages whose
    /// inputs did not change since the last preview with this cache come from it (it keeps pages in memory).
    public func preview(progress: @escaping @Sendable (BuildProgress) -> Void = { _ in }) async throws(BuildError) -> PreviewOutcome {
        do throws(BuildError) {
            let project = try await ProjectLoader.load(request)
            let checked = try await CheckStage.check(project, cache: cache, progress: progress)
            let checks = checked.map(\.check)
            guard !refuses(checks) else {
                cache.abandonBuild()
                return .rejected(checks)
            }
            let editions = checked.map { (checked: $0, edition: $0.check.edition!) }
            // The preview has no PDF (its print view prints apart): no page shows PDF facts.
            let plan = PagePlanner(project: project, pdfs: [:]).plan(editions)
            let fresh = plan.filter { cache.pageFiles($0.key) == nil }
            for index in Set(fresh.compactMap(\.edition)).sorted() { progress(.rendering(edition: editions[index].edition.id)) }
            let rendered = try await RenderStage(project: project, editions: editions.map(\.edition), pdfs: [:], cache: cache)
                .render(plan, fileDigests: editions.map(\.checked.fileDigests))
            if Task.isCancelled { throw BuildError.cancelled }
            var files: [String: RenderedFile] = [:]
            for unit in plan {
                for file in rendered.files[unit.key]! { files[file.path] = file }
            }
            cache.finishBuild(wrote: [:])
            return .built(PreviewSite(
                checks: checks, files: files, plan: plan, renderedPages: fresh, editions: editions.map(\.edition)))
        } catch {
            cache.abandonBuild()
            throw error
        }
    }

    /// Whether the content stops the build: an edition that did not check, an error, or under `--strict` any
    /// warning.
    private func refuses(_ checks: [EditionCheck]) -> Bool {
        checks.contains { $0.edition == nil || $0.diagnostics.containsErrors || (request.strict && !$0.diagnostics.isEmpty) }
    }

    /// The search index over every region page in the staging folder (those built and those of kept editions):
    /// linked from the previous output when the pages and Pagefind are those it was made from, made anew
    /// otherwise. Returns what happened, the key the index is recorded under and its files.
    private func indexSearch(
        plan: [PlannedPage], carried: [(path: String, source: String)], in staging: StagingFolder, previous: PreviousOutput,
        progress: @Sendable (BuildProgress) -> Void
    ) async throws(BuildError) -> (fate: SearchFate, key: Digest?, files: [String]) {
        guard request.makeSearchIndex else { return (.off, nil, []) }
        guard let pagefind = await pagefind() else {
            return (.pagefindMissing, nil, [])
        }
        let language = StringsTable.spanish[.language]
        var builder = DigestBuilder("search-index")
        builder.add(EngineVersion.identity)
        builder.add(pagefind.identity)
        builder.add(language)
        var pages = 0
        for unit in plan where unit.kind == .regionPage {
            for path in unit.paths { builder.add(path) }
            builder.add(unit.key)
            pages += unit.paths.count
        }
        // Region pages of editions kept as they were: their identity on disk stands for their bytes.
        for file in carried where file.path.hasSuffix(".html") && file.path.contains("/" + SitePaths.regionsFolder + "/") {
            builder.add(file.path)
            builder.add(FileSystemCalls.identity(of: file.source).map { String(describing: $0) } ?? "?")
            pages += 1
        }
        let key = builder.finish()
        if let files = previous.unchangedFiles(of: cache.recordedFiles(key)) {
            try await staging.link(files)
            return (.kept(pages: pages), key, files.map(\.path))
        }
        progress(.indexingSearch(pages: pages))
        let files = try await SearchIndex(pagefind: pagefind, timeout: request.pdfTimeout, environment: request.environment)
            .build(site: staging.path, language: language)
        var bytes = 0
        for file in files { bytes += try staging.adopt(file) }
        return (.indexed(pages: pages, files: files.count, bytes: bytes), key, files)
    }

    /// The PDFs: each edition's linked from the previous output when its booklet, stylesheets, engine and date
    /// are those it was printed from, printed otherwise. Returns the PDFs' paths by edition, the unit key each
    /// was recorded under, and the editions printed anew.
    private func printPDFs(
        _ editions: [Edition], plan: [PlannedPage], engine: PDFEngine?, in staging: StagingFolder, previous: PreviousOutput,
        progress: @escaping @Sendable (BuildProgress) -> Void
    ) async throws(BuildError) -> (paths: [String: String], units: [Digest: String], printed: [String]) {
        guard let engine else { return ([:], [:], []) }
        var paths: [String: String] = [:]
        var units: [Digest: String] = [:]
        var toPrint: [BookletPDF.Job] = []
        for (index, edition) in editions.enumerated() {
            let key = try pdfKey(of: edition, at: index, plan: plan, engine: engine)
            let path = EditionPages.pdfPath(for: edition.id)
            paths[edition.id] = path
            var jobs = [(key: key, job: BookletPDF.Job(edition: edition, medium: .screen))]
            if request.makePrintShopPDF {
                var builder = DigestBuilder("print-shop")
                builder.add(key)
                jobs.append((builder.finish(), BookletPDF.Job(edition: edition, medium: .printShop)))
            }
            for (key, job) in jobs {
                units[key] = job.path
                if let files = previous.unchangedFiles(of: cache.recordedFiles(key)) {
                    try await staging.link(files)
                } else {
                    toPrint.append(job)
                }
            }
        }
        try await BookletPDF(engine: engine, timeout: request.pdfTimeout, environment: request.environment)
            .print(toPrint, in: staging, progress: progress)
        return (paths, units, toPrint.filter { $0.medium == .screen }.map(\.edition.id))
    }

    /// The key a booklet's PDF is recorded under: the booklet's and the stylesheets' keys (which do not depend on
    /// whether a PDF is linked), the engine, and the date stamped into the PDF.
    private func pdfKey(of edition: Edition, at index: Int, plan: [PlannedPage], engine: PDFEngine) throws(BuildError) -> Digest {
        var builder = DigestBuilder("page:" + PageKind.bookletPDF.rawValue)
        for unit in plan where unit.edition == index && (unit.kind == .booklet || unit.kind == .editionStylesheets) {
            builder.add(unit.key)
        }
        builder.add(engine.kind.rawValue)
        builder.add(engine.executable)
        builder.add(String(try BuildDate.engineEpoch(environment: request.environment, publicationYear: edition.info.publicacionAnio)))
        return builder.finish()
    }

    /// The PDFs of the previous output still current for a build that prints none: recorded under the key this
    /// build's booklet and stylesheets would print with the engine now installed, and untouched since.
    private func currentPDFs(
        _ editionsBuilt: [Edition], plan: [PlannedPage], previous: PreviousOutput
    ) -> [String: (key: Digest, files: [(path: String, source: String)])] {
        guard let engine = installedPDFEngine() else { return [:] }
        var kept: [String: (key: Digest, files: [(path: String, source: String)])] = [:]
        for (index, edition) in editionsBuilt.enumerated() {
            guard let key = try? pdfKey(of: edition, at: index, plan: plan, engine: engine),
                  let files = previous.unchangedFiles(of: cache.recordedFiles(key)) else { continue }
            kept[edition.id] = (key, files)
        }
        return kept
    }

    /// The engine asked for, or the best one installed.
    private func pdfEngine() throws(BuildError) -> PDFEngine {
        if let engine = request.pdfEngine { return engine }
        guard let engine = PDFEngine.locate(environment: request.environment) else {
            throw BuildError(.pdfEngineMissing, PDFEngine.missingMessage)
        }
        return engine
    }
}
