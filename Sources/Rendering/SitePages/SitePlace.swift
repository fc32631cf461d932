/// Where a site page sits, and the relative links it writes from there.
///
/// Every link is relative and none starts with "/", so the output works opened from
/// disk (`file://`) and served under any sub-path of a web server.
struct SitePlace: Sendable, Hashable {
    /// The way from the page's folder up to its edition's folder: "" or "../".
    let up: String

    /// A page at the top of its edition's folder (`index.html`, `resumen.html`).
    static let editionTop = SitePlace(up: "")
    /// A page in `regiones/`.
    static let regionFolder = SitePlace(up: "../")

    /// The edition's home.
    var home: String { up + SitePaths.home }
    /// The national summary.
    var summary: String { up + SitePaths.summary }
    /// The booklet as HTML.
    var booklet: String { up + SitePaths.booklet }
    /// The booklet as PDF.
    var pdf: String { up + SitePaths.pdf }
    /// The archive of every edition, at the top of the output, one folder above the edition's.
    var archive: String { up + "../" + SitePaths.home }
    /// The search page, at the top of the output beside the archive.
    var search: String { up + "../" + SitePaths.search }
    /// The edition's stylesheet of that name.
    func stylesheet(_ name: String) -> String { up + "css/" + name }
    /// A region's page.
    func region(_ summary: RegionSummary) -> String { up + SitePaths.region(summary.region) }
}
