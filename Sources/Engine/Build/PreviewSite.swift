import Content
import Rendering
import Validation

/// What a build into memory made: every file of the site, as `rme build` would write it, for the preview
/// server to serve. PDFs are not among them: the server prints them apart, when the content has settled.
public struct PreviewSite: Sendable {
    /// Every edition's check, with its warnings.
    public let checks: [EditionCheck]
    /// Every file of the site by its path relative to the output ("2015-2017/regiones/tarapaca.html").
    public let files: [String: RenderedFile]
    /// Every unit the plan named.
    public let plan: [PlannedPage]
    /// The units rendered anew (the others came from the cache).
    public let renderedPages: [PlannedPage]
    /// The editions built, newest first.
    public let editions: [Edition]
}

/// A build into memory: refused on the content's diagnostics, or the whole site.
public enum PreviewOutcome: Sendable {
    case rejected([EditionCheck])
    case built(PreviewSite)
}
