import Content
import Diagnostics
import Rendering
import Validation

/// The plan stage: every unit of the output, its paths and the inputs it depends on, keyed by their digest.
///
/// What each kind depends on (besides the `rme` version and the build date):
/// - booklet: `edition.yaml`, every front page and experience file, the settings, the booklet's and the chapter's templates;
/// - stylesheets: `edition.yaml` (its page setup), the fixed stylesheets' bytes, `css/page.css.mustache`;
/// - edition home: `edition.yaml`, the front pages (it shows the presentation), every experience's facts (its
///   front matter, not its text: `ExperienceFacts`), the settings, its templates and the facts of the edition's
///   PDF (whether there is one, its size, pages and chapters' pages);
/// - summary: `edition.yaml`, every experience's facts, the settings, its templates and the PDF's facts;
/// - region page: `edition.yaml`, its region's experience files, the settings, the roster of regions with pages
///   (its neighbours' names and links), the region page's and the chapter's templates, the PDF's facts;
/// - manifest: `edition.yaml`; the output note: nothing;
/// - archive: each listed edition's id, title, period, page, counts and PDF facts, the regions the search page
///   filters by, the archive's and the search page's templates, stylesheets and script;
/// - PDF: the booklet's key, the stylesheets' key, the engine, and the date stamped into the PDF.
struct PagePlanner {
    let project: Project
    /// The PDFs the output has, by edition (printed now, or kept from the previous output still current), as
    /// read from the files: the pages link them with their size and pages; editions absent have none.
    let pdfs: [String: BookletPDFFacts]

    /// The kinds a booklet's PDF is printed from: planned first, before any PDF exists (they do not depend on it).
    static let printSources: Set<PageKind> = [.booklet, .editionStylesheets]

    /// The plan of every unit for the editions (checked, with their typed editions), the archive and the note.
    func plan(_ editions: [(checked: CheckedEdition, edition: Edition)]) -> [PlannedPage] {
        var planned: [PlannedPage] = []
        for (index, pair) in editions.enumerated() {
            planned += plan(pair.edition, at: index, checked: pair.checked)
        }
        planned.append(unit(.outputNote, paths: [OutputNote.fileName], inputs: [], add: { _ in }))
        planned.append(archive(editions.map(\.edition)))
        return planned
    }

    /// The input name of a content file: `file:` and its path relative to the content root, so a plan reads
    /// the same wherever the project lies.
    func fileInput(_ path: String) -> String {
        "file:" + contentRelative(path)
    }

    /// The input name of an experience's facts (`ExperienceFacts`): `facts:` and its path relative to the root.
    func factsInput(_ path: String) -> String {
        "facts:" + contentRelative(path)
    }

    /// A path relative to the content root (as given when outside it).
    private func contentRelative(_ path: String) -> String {
        let root = project.contentRoot.hasSuffix("/") ? project.contentRoot : project.contentRoot + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }

    /// The units of one edition.
    func plan(_ edition: Edition, at index: Int, checked: CheckedEdition) -> [PlannedPage] {
        let id = edition.id
        let editionFile = (name: "edition-file:\(id)", digest: checked.source.editionDigest)
        let experiences = edition.experiences.map { (name: fileInput($0.sourcePath), digest: checked.fileDigests[$0.sourcePath]!) }
        let pages = checked.source.pages.map { (name: fileInput($0.path), digest: checked.fileDigests[$0.path]!) }
        // What the pages that list experiences without their text read of each: its facts.
        let facts = edition.experiences.map { (name: factsInput($0.sourcePath), digest: checked.factsDigests[$0.sourcePath]!) }

        var units: [PlannedPage] = []
        units.append(unit(.booklet, edition: index, paths: [EditionPages.bookletPath(for: id)],
                          inputs: [editionFile.name] + pages.map(\.name) + experiences.map(\.name)
                              + templates(PageTemplates.booklet + PageTemplates.chapter).names) { builder in
            for part in [editionFile] + pages + experiences { builder.add(part.digest) }
            builder.add(templates(PageTemplates.booklet + PageTemplates.chapter).digest)
        })
        let stylesheets = project.templates.editionStylesheets
        units.append(unit(.editionStylesheets, edition: index,
                          paths: stylesheets.map { "\(id)/\($0)" } + ["\(id)/css/page.css"],
                          inputs: [editionFile.name] + stylesheets.map { "asset:\($0)" } + templates(PageTemplates.pageSetup).names) { builder in
            builder.add(editionFile.digest)
            for path in stylesheets {
                builder.add(path)
                builder.add(bytes: project.templates.bytes(ofAsset: path) ?? [])
            }
            builder.add(templates(PageTemplates.pageSetup).digest)
        })
        let pdfFacts = pdfs[id]?.fingerprint ?? "no-pdf"
        units.append(unit(.editionHome, edition: index, paths: ["\(id)/\(SitePaths.home)"],
                          inputs: ([editionFile] + pages + facts).map(\.name) + ["pdf-facts:\(id)"] + templates(PageTemplates.editionHome).names) { builder in
            for part in [editionFile] + pages + facts { builder.add(part.digest) }
            builder.add(pdfFacts)
            builder.add(templates(PageTemplates.editionHome).digest)
        })
        let regions = RegionSummary.all(in: edition)
        let roster = regions.map { "\($0.region.name)|\($0.region.slug)" }
        let reached = templates(PageTemplates.regionPage + PageTemplates.chapter)
        for (regionIndex, summary) in regions.enumerated() {
            let own = summary.experiences.map { (name: fileInput($0.sourcePath), digest: checked.fileDigests[$0.sourcePath]!) }
            units.append(unit(.regionPage, edition: index, region: regionIndex, paths: ["\(id)/\(SitePaths.region(summary.region))"],
                              inputs: [editionFile.name, "roster:\(id)", "pdf-facts:\(id)"] + own.map(\.name) + reached.names) { builder in
                builder.add(editionFile.digest)
                builder.add(pdfFacts)
                for name in roster { builder.add(name) }
                builder.add("experiences")
                for part in own { builder.add(part.digest) }
                builder.add(reached.digest)
            })
        }
        units.append(unit(.summary, edition: index, paths: ["\(id)/\(SitePaths.summary)"],
                          inputs: ([editionFile] + facts).map(\.name) + ["pdf-facts:\(id)"] + templates(PageTemplates.summary).names) { builder in
            for part in [editionFile] + facts { builder.add(part.digest) }
            builder.add(pdfFacts)
            builder.add(templates(PageTemplates.summary).digest)
        })
        let counts = countsInput(edition)
        units.append(unit(.manifest, edition: index, paths: ["\(id)/\(EditionManifest.fileName)"], inputs: [editionFile.name, counts]) { builder in
            builder.add(editionFile.digest)
            builder.add(counts)
        })
        return units
    }

    /// The archive of the editions built and the editions kept.
    func archive(_ editions: [Edition]) -> PlannedPage {
        let entries = archiveEntries(editions)
        let regions = searchRegions(editions)
        let reached = templates(PageTemplates.archive)
        let stylesheets = SiteRenderer.archiveStylesheets + [SitePaths.searchScript]
        return unit(.archive, paths: [SitePaths.home, SitePaths.search] + stylesheets,
                    inputs: ["archive-entries", "search-regions"] + editions.map(countsInput) + stylesheets.map { "asset:\($0)" } + reached.names) { builder in
            for entry in entries { builder.add(entry.fingerprint) }
            builder.add("regions")
            for region in regions { builder.add(region) }
            builder.add("stylesheets")
            for path in stylesheets { builder.add(project.templates.bytes(ofAsset: path)) }
            builder.add(reached.digest)
        }
    }

    /// The archive's entries: the editions built, then those kept from the previous output.
    func archiveEntries(_ editions: [Edition]) -> [ArchiveEntry] {
        editions.map { edition in
            let counts = EditionManifest.counts(of: edition)
            return ArchiveEntry(
                id: edition.id, title: edition.info.titulo, period: edition.info.periodo,
                networks: counts.networks, schools: counts.schools, pdf: pdfs[edition.id])
        } + project.kept.compactMap(\.entry)
    }

    /// The edition's networks and schools (the manifest and the archive print them), as an input whose name
    /// carries its value: edited experiences that leave the counts alone touch neither page.
    func countsInput(_ edition: Edition) -> String {
        let counts = EditionManifest.counts(of: edition)
        return "counts:\(edition.id)=\(counts.networks)/\(counts.schools)"
    }

    /// The regions the search page offers as a filter: every region with a page in an edition built, north to
    /// south (the schema's order); the index adds any other a kept edition has.
    func searchRegions(_ editions: [Edition]) -> [String] {
        var regions: [String: Region] = [:]
        for edition in editions {
            for experience in edition.experiences { regions[experience.region.slug] = experience.region }
        }
        return regions.values.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }.map(\.name)
    }

    /// The templates reached from `roots`, named for the plan, and the digest of their names and bytes.
    func templates(_ roots: [String]) -> (names: [String], digest: Digest) {
        let reached = project.templates.templatesReached(from: roots)
        var builder = DigestBuilder("templates")
        for name in reached {
            builder.add(name)
            builder.add(project.templates.bytes(ofTemplate: name))
        }
        return (reached.map { "template:\($0)" }, builder.finish())
    }

    /// A unit whose key is the kind, the `rme` version, the settings and the build date, then what `add` adds.
    func unit(
        _ kind: PageKind, edition: Int? = nil, region: Int? = nil, paths: [String], inputs: [String],
        add: (inout DigestBuilder) -> Void
    ) -> PlannedPage {
        var builder = DigestBuilder("page:" + kind.rawValue)
        builder.add(EngineVersion.identity)
        builder.add(project.settingsDigest)
        builder.add(project.generatedAt)
        // The paths too: two editions with the same inputs write the same bytes, but to different files.
        for path in paths { builder.add(path) }
        add(&builder)
        return PlannedPage(kind: kind, edition: edition, region: region, paths: paths, key: builder.finish(),
                           inputs: inputs + ["settings", "build-date"])
    }
}

extension DigestBuilder {
    /// Adds optional bytes, telling `nil` (a missing file) apart from every content.
    mutating func add(_ bytes: [UInt8]?) {
        if let bytes { add("1"); add(bytes: bytes) } else { add("0") }
    }
}
