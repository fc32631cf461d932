import Validation

/// Everything a build needs to know, gathered by the CLI (or a test) before it starts.
public struct BuildRequest: Sendable {
    /// The folder holding one folder per edition (`Content`).
    public var contentRoot: String
    /// The folder the build replaces (`Output`).
    public var outputPath: String
    /// The project's templates (`Templates`).
    public var templatesFolder: String
    /// A folder whose files replace the project's templates and stylesheets (`--templates`).
    public var templatesOverride: String?
    /// Build only this edition (`--edicion`); the other editions of the previous output are kept.
    public var editionID: String?
    /// Also print each booklet into a PDF.
    public var makePDF: Bool
    /// Also print each booklet's print-shop edition, `booklet-imprenta.pdf` (`--imprenta`; needs `makePDF`).
    public var makePrintShopPDF = false
    /// The engine to print with; `nil` finds the best one installed.
    public var pdfEngine: PDFEngine?
    /// Longest time the PDF engine may take for one booklet before it is stopped.
    public var pdfTimeout: Duration
    /// Treat warnings as errors (`--strict`).
    public var strict: Bool
    public var settings: CheckSettings
    /// The environment: `PATH` to find engines, `SOURCE_DATE_EPOCH` for dates, passed on to engines.
    public var environment: [String: String]
    /// Test hook (`RME_TEST_PAUSE_BEFORE_SWAP`): wait this long with everything written, just before the swap,
    /// so a test can kill the build at its most delicate moment.
    public var pauseBeforeSwap: Duration?
    /// Index the region pages for the search page with Pagefind. Off unless asked for, so a library caller
    /// (a test, the intake service) does not run Pagefind by surprise; `rme build` asks for it unless told
    /// `--sin-busqueda`.
    public var makeSearchIndex: Bool
    /// Write an edition even when it has fewer chapters, front pages or region pages than the previous output
    /// (`--permitir-menos`); otherwise such a build stops before writing (`ShrinkGuard`).
    public var allowShrinking: Bool
    /// The Pagefind to index with; `nil` finds the one installed (`Pagefind.locate`).
    public var pagefind: Pagefind?
    /// The folder the build cache is kept in between runs (`.rme-cache` beside the output); `nil` keeps it in memory.
    public var cacheFolder: String?

    /// A request; everything but the folders and settings has the CLI's default.
    public init(
        contentRoot: String, outputPath: String, templatesFolder: String, templatesOverride: String? = nil,
        editionID: String? = nil, makePDF: Bool = false, pdfEngine: PDFEngine? = nil, pdfTimeout: Duration = .seconds(300),
        strict: Bool = false, settings: CheckSettings, environment: [String: String] = [:], pauseBeforeSwap: Duration? = nil,
        cacheFolder: String? = nil, makeSearchIndex: Bool = false, pagefind: Pagefind? = nil, allowShrinking: Bool = false
    ) {
        self.allowShrinking = allowShrinking
        self.makeSearchIndex = makeSearchIndex
        self.pagefind = pagefind
        self.contentRoot = contentRoot
        self.outputPath = outputPath
        self.templatesFolder = templatesFolder
        self.templatesOverride = templatesOverride
        self.editionID = editionID
        self.makePDF = makePDF
        self.pdfEngine = pdfEngine
        self.pdfTimeout = pdfTimeout
        self.strict = strict
        self.settings = settings
        self.environment = environment
        self.pauseBeforeSwap = pauseBeforeSwap
        self.cacheFolder = cacheFolder
    }
}
