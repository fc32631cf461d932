import Content
import Diagnostics
import Dispatch
import Foundation
import Rendering
import Validation

/// Builds the site: check every edition, render them in parallel, write into a staging folder,
/// print the PDFs there, then swap it in place of the output — or, on any failure, leave the output untouched.
public struct BuildPipeline: Sendable {
    public let request: BuildRequest
    /// Page kinds made for each edition; adding a kind is adding a maker here.
    let editionMakers: [any EditionPageMaker]
    /// Page kinds made once from all editions.
    let siteMakers: [any SitePageMaker]

    /// The pipeline with every page kind `rme` makes.
    public init(request: BuildRequest) {
        self.init(
            request: request,
            editionMakers: [EditionPages(), EditionHome(linksPDF: request.makePDF), RegionPages(), SummaryPage(), EditionManifest()],
            siteMakers: [OutputNote(), ArchiveIndex(contentRoot: request.contentRoot, outputPath: request.outputPath)]
        )
    }

    /// The pipeline with chosen page kinds (tests and later page kinds).
    init(request: BuildRequest, editionMakers: [any EditionPageMaker], siteMakers: [any SitePageMaker]) {
        self.request = request
        self.editionMakers = editionMakers
        self.siteMakers = siteMakers
    }

    /// Runs the build. Content problems come back as `.rejected` with their diagnostics; anything else that stops
    /// the build (templates, file system, PDF engine) is thrown. In both cases the output is unchanged.
    public func run(progress: @escaping @Sendable (BuildProgress) -> Void = { _ in }) throws(BuildError) -> BuildOutcome {
        let folders = try EditionSelection.folders(contentRoot: request.contentRoot, editionID: request.editionID)
        let checks = check(folders, progress: progress)
        let refused = checks.contains { $0.edition == nil || $0.diagnostics.containsErrors || (request.strict && !$0.diagnostics.isEmpty) }
        guard !refused else { return .rejected(checks) }
        let editions = checks.compactMap(\.edition)

        // Everything that can fail without touching the disk is settled before the staging folder exists.
        let generatedAt = try BuildDate.generatedAt(environment: request.environment)
        let templates: TemplateLibrary
        do {
            templates = try TemplateLibrary.load(projectTemplates: request.templatesFolder, override: request.templatesOverride)
        } catch {
            throw .template(error)
        }
        let engine = try request.makePDF ? pdfEngine() : nil
        let context = RenderContext(templates: templates, generatedAt: generatedAt)
        let files = try render(editions, in: context, progress: progress)

        let writer = try OutputWriter(outputPath: request.outputPath)
        let removed = writer.recoverAndClean()
        try writer.ensureReplaceable(protecting: [request.contentRoot, request.templatesFolder] + (request.templatesOverride.map { [$0] } ?? []))
        let kept = keptEditions(built: editions, writer: writer)
        let staging = try writer.makeStagingFolder()
        do {
            progress(.writing(files: files.count))
            try staging.write(files)
            let carried = PreviousOutput.files(inFolders: kept, of: writer.output)
            try staging.write(carried)
            var pdfs: [String: String] = [:]
            if let engine {
                pdfs = try BookletPDF(engine: engine, timeout: request.pdfTimeout, environment: request.environment)
                    .print(editions, in: staging, progress: progress)
            }
            if let pause = request.pauseBeforeSwap { Thread.sleep(forTimeInterval: Double(pause.components.seconds)) }
            progress(.swapping)
            try staging.commit()
            let built = editions.map { edition in
                BuiltEdition(
                    id: edition.id, bookletHTML: EditionPages.bookletPath(for: edition.id),
                    bookletPDF: pdfs[edition.id], pdfEngine: pdfs[edition.id] == nil ? nil : engine?.kind)
            }
            return .built(BuildReport(
                checks: checks, output: writer.output, editions: built, keptEditions: kept,
                removedStaleFolders: removed, fileCount: files.count + carried.count + pdfs.count))
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Checks each edition (each one's files in parallel inside the checker), in the folders' order.
    private func check(_ folders: [EditionFolder], progress: @Sendable (BuildProgress) -> Void) -> [EditionCheck] {
        folders.enumerated().map { index, folder in
            progress(.checking(edition: folder.id, index: index + 1, of: folders.count))
            return Checker.check(folder, settings: request.settings)
        }
    }

    /// Renders every page kind of every edition in parallel, then the site-wide pages; the files come back sorted by path.
    ///
    /// Each (edition, page kind) pair is one task: the booklet spreads its chapters over the cores, but a page
    /// kind that renders its pages one after another (the region pages) would otherwise hold up the others.
    private func render(_ editions: [Edition], in context: RenderContext, progress: @escaping @Sendable (BuildProgress) -> Void) throws(BuildError) -> [RenderedFile] {
        let makers = editionMakers
        let tasks = editions.indices.flatMap { edition in makers.indices.map { maker in (edition: edition, maker: maker) } }
        let slots = RenderSlots(count: tasks.count)
        DispatchQueue.concurrentPerform(iterations: tasks.count) { index in
            let task = tasks[index]
            let edition = editions[task.edition]
            if task.maker == 0 { progress(.rendering(edition: edition.id)) }
            do throws(BuildError) {
                slots.set(index, .success(try makers[task.maker].files(for: edition, in: context)))
            } catch {
                slots.set(index, .failure(error))
            }
        }
        var files: [RenderedFile] = []
        // The first failure in edition then page-kind order, as when the kinds ran one after another,
        // so the message does not depend on thread timing.
        for result in slots.results { files += try result.get() }
        for maker in siteMakers { files += try maker.files(for: editions, in: context) }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The engine asked for, or the best one installed.
    private func pdfEngine() throws(BuildError) -> PDFEngine {
        if let engine = request.pdfEngine { return engine }
        guard let engine = PDFEngine.locate(environment: request.environment) else {
            throw BuildError(.pdfEngineMissing, PDFEngine.missingMessage)
        }
        return engine
    }

    /// When one edition is built, the other editions' folders in the previous output, to be kept.
    ///
    /// Only folders named after an edition that still exists under the content root are kept.
    private func keptEditions(built: [Edition], writer: OutputWriter) -> [String] {
        guard request.editionID != nil else { return [] }
        let builtIDs = Set(built.map(\.id))
        let existing = Set(EditionFolder.editions(underContentRoot: request.contentRoot).map(\.id))
        return existing.subtracting(builtIDs)
            .filter { FileSystemCalls.kind(of: writer.output + "/" + $0) == .directory }
            .sorted()
    }
}

/// One result per rendering task (an edition's page kind), filled from parallel renders.
private final class RenderSlots: @unchecked Sendable {
    private var slots: [Result<[RenderedFile], BuildError>?]
    private let lock = NSLock()

    /// One empty slot per task.
    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores a task's result.
    func set(_ index: Int, _ result: Result<[RenderedFile], BuildError>) {
        lock.withLock { slots[index] = result }
    }

    var results: [Result<[RenderedFile], BuildError>] { lock.withLock { slots.compactMap { $0 } } }
}
