import Diagnostics

/// How far a build has got; the CLI turns it into a progress line on a terminal.
public enum BuildProgress: Sendable, Hashable {
    /// Checking the files of an edition (`index` counts from 1).
    case checking(edition: String, index: Int, of: Int)
    /// Every edition checked and the build going on: the diagnostics now (warnings, as no error stops it), so a
    /// person sees them before the long steps (the PDF) rather than after; with the files the build read, so
    /// their excerpts need not be read again.
    case checked(diagnostics: [Diagnostic], fileCount: Int, sources: LoadedSources)
    /// Rendering an edition's pages.
    case rendering(edition: String)
    /// Writing the pages into the temporary folder.
    case writing(files: Int)
    /// Printing an edition's booklet into a PDF.
    case printingPDF(edition: String, engine: PDFEngine.Kind)
    /// Indexing the region pages for the search page.
    case indexingSearch(pages: Int)
    /// Replacing the previous output.
    case swapping
}
