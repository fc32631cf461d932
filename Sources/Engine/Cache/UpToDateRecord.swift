import Diagnostics

/// What the last successful `rme build` was asked and what it left: the key of every input of the whole build,
/// every file of the output with its identity, and what it reported, so that the same build over the same
/// inputs and an output nobody touched is answered without checking, planning or writing anything.
///
/// This is the action cache of make and Bazel at the top level: the finer entries (file checks, chapters,
/// pages) are what a build that changed something reuses; this one is what a build that changed nothing needs,
/// and lets it cost little more than reading the inputs.
struct UpToDateRecord: Codable, Sendable {
    /// One edition as the build reported it.
    struct Edition: Codable, Sendable {
        let id: String
        let bookletHTML: String
        /// Empty when there is no PDF.
        let bookletPDF: String
        /// The engine that printed it (`PDFEngine.Kind`'s raw value), empty when none did.
        let engine: String
        /// What an unchanged build says of the PDF.
        let pdf: PDFState
    }

    /// What an unchanged build says of an edition's PDF: one printed or kept is there; one removed is gone.
    enum PDFState: String, Codable, Sendable {
        case printed, kept, none

        init(_ fate: PDFFate) {
            switch fate {
            case .printed: self = .printed
            case .kept: self = .kept
            case .removedStale, .none: self = .none
            }
        }

        var fate: PDFFate {
            switch self {
            case .printed: .printed
            case .kept: .kept
            case .none: .none
            }
        }
    }

    /// What an unchanged build says of the search index: one made or kept is kept.
    enum SearchState: String, Codable, Sendable {
        case kept, missing, off

        init(_ fate: SearchFate) {
            switch fate {
            case .indexed, .kept: self = .kept
            case .pagefindMissing: self = .missing
            case .off: self = .off
            }
        }

        /// The fate an unchanged build reports, with the pages the index holds.
        func fate(pages: Int) -> SearchFate {
            switch self {
            case .kept: .kept(pages: pages)
            case .missing: .pagefindMissing
            case .off: .off
            }
        }
    }

    /// One edition's booklet as the build wrote it: its identity on disk and the chapter and front-page `id`s it
    /// holds, so the next build's shrink guard need not read a booklet nobody touched.
    struct Booklet: Codable, Sendable {
        let edition: String
        let identity: FileSystemCalls.FileIdentity
        let chapters: [String]
        let pages: [String]
    }

    /// The digest of everything the build read and was asked (`UpToDateRecord.key`).
    let key: Digest
    /// Every regular file of the output after the build, relative to it, sorted, with its identity.
    let files: [OutputRecord.File]
    /// Every diagnostic of the build's checks, in their order.
    let diagnostics: [Diagnostic]
    /// How many files were checked (the report's "en N archivos").
    let checkedFiles: Int
    let editions: [Edition]
    let keptEditions: [String]
    /// What an unchanged build says of the search index.
    let search: SearchState
    /// The pages the search index holds.
    let searchPages: Int
    /// Each edition's booklet, as written.
    let booklets: [Booklet]

    /// The key of a build: the `rme`, what was asked, every file read (by the same digests the file checks are
    /// kept under), the folders' listings, the templates, the settings, the date, the engines found and the
    /// editions kept.
    static func key(request: BuildRequest, project: Project, pdfEngine: PDFEngine?, pagefind: String) -> Digest {
        var builder = DigestBuilder("up-to-date")
        builder.add(EngineVersion.identity)
        for part in [request.contentRoot, request.outputPath, request.templatesFolder, request.templatesOverride ?? "-",
                     request.editionID ?? "-", String(request.makePDF), String(request.strict), String(request.makeSearchIndex),
                     String(request.allowShrinking)] {
            builder.add(part)
        }
        builder.add(pdfEngine.map { $0.kind.rawValue + "|" + $0.executable } ?? "-")
        builder.add(pagefind)
        builder.add(project.settingsDigest)
        builder.add(project.generatedAt ?? "-")
        builder.add(project.templates.contentDigest)
        builder.add(String(reflecting: project.kept))
        for edition in project.editions {
            // The listing as scanned (stray files, missing folders and all), then each file read.
            builder.add(String(reflecting: edition.folder))
            builder.add(edition.editionFile?.path ?? "-")
            builder.add(edition.editionDigest)
            for file in edition.pages + edition.experiences {
                builder.add(file.path)
                builder.add(file.digest)
            }
        }
        return builder.finish()
    }

    /// Whether the previous output holds exactly the files recorded, each as it was left: nothing added, removed
    /// or touched.
    func matches(_ previous: PreviousOutput) -> Bool {
        previous.listing() == files
    }
}
