import Diagnostics
import Validation

/// What a build did: refused on the content's diagnostics (nothing written), built, or found the output
/// already what it would build.
public enum BuildOutcome: Sendable {
    /// Some edition has errors (or warnings under `--strict`); the output was not touched.
    case rejected([EditionCheck])
    case built(BuildReport)
    /// Nothing the build reads changed since the last one with this cache folder, and the output is as that
    /// build left it: nothing was checked again, planned or written.
    case upToDate(UpToDateReport)
}

/// What a build says to whoever ran it: where the editions are and what became of their PDFs and the index.
public protocol BuildAnnouncement: Sendable {
    /// The editions built, newest first.
    var editions: [BuiltEdition] { get }
    /// Editions of the previous output kept as they were (when only one edition was built).
    var keptEditions: [String] { get }
    /// Temporary folders of earlier, killed builds that this build removed.
    var removedStaleFolders: [String] { get }
    /// What became of the search index.
    var search: SearchFate { get }
}

/// A build that found nothing to do: the last build's report, as a build that changed nothing would give it.
public struct UpToDateReport: BuildAnnouncement {
    /// Every diagnostic of the last build's checks (the files are the same bytes, so they still hold).
    public let diagnostics: [Diagnostic]
    /// How many files the checks covered.
    public let fileCount: Int
    /// The output folder's absolute path.
    public let output: String
    public let editions: [BuiltEdition]
    public let keptEditions: [String]
    public let removedStaleFolders: [String]
    public let search: SearchFate
}

/// A successful build: where things are, and the warnings found on the way.
public struct BuildReport: BuildAnnouncement {
    /// Every edition's check, with its warnings.
    public let checks: [EditionCheck]
    /// The output folder's absolute path.
    public let output: String
    /// The editions built, newest first.
    public let editions: [BuiltEdition]
    /// Editions of the previous output kept as they were (when only one edition was built).
    public let keptEditions: [String]
    /// Temporary folders of earlier, killed builds that this build removed.
    public let removedStaleFolders: [String]
    /// How many files the output holds.
    public let fileCount: Int
    /// Every unit of the output the plan named.
    public let plan: [PlannedPage]
    /// The units rendered anew (the others were carried over from the previous output or the cache).
    public let renderedPages: [PlannedPage]
    /// The chapters rendered anew (the others came from the cache): each experience's source path and
    /// title level (1 in the booklet, 2 in its region's page).
    public let renderedChapters: [(path: String, level: Int)]
    /// The editions whose PDF was printed anew.
    public let printedPDFs: [String]
    /// What became of the search index.
    public let search: SearchFate
}

/// What a build did with the search index (`pagefind/` at the top of the output).
public enum SearchFate: Sendable, Equatable {
    /// Made by this build: how many pages it indexes, and its files and their total size in bytes.
    case indexed(pages: Int, files: Int, bytes: Int)
    /// Linked from the previous output: the pages it indexes did not change since it was made.
    case kept(pages: Int)
    /// Pagefind is not installed: the site has no index, and its search page says so.
    case pagefindMissing
    /// Not asked for (`--sin-busqueda`).
    case off
}

/// One edition in the output.
public struct BuiltEdition: Sendable {
    public let id: String
    /// The booklet's path relative to the output folder ("2015-2017/booklet.html").
    public let bookletHTML: String
    /// The PDF's path relative to the output folder, when one was made.
    public let bookletPDF: String?
    /// The engine that printed the PDF (this build; `nil` for a PDF kept from the previous one).
    public let pdfEngine: PDFEngine.Kind?
    /// What became of the booklet's PDF.
    public let pdf: PDFFate

    public init(id: String, bookletHTML: String, bookletPDF: String?, pdfEngine: PDFEngine.Kind?, pdf: PDFFate) {
        self.id = id
        self.bookletHTML = bookletHTML
        self.bookletPDF = bookletPDF
        self.pdfEngine = pdfEngine
        self.pdf = pdf
    }
}

/// What a build did with an edition's PDF.
public enum PDFFate: Sendable, Equatable {
    /// Printed by this build (`--pdf`).
    case printed
    /// Kept from the previous output: printed from the same booklet, stylesheets and date.
    case kept
    /// The previous output had one, printed from an older booklet; it is gone (print again with `--pdf`).
    case removedStale
    /// There was none and none was asked for.
    case none
}
