import Content

/// Where the site's pages live inside an edition's folder, as paths relative to that folder.
///
/// The Site module writes the files and the pages link to each other with these same
/// names, so a page and the links to it cannot drift apart.
public enum SitePaths {
    /// The edition's home page.
    public static let home = "index.html"
    /// The national summary.
    public static let summary = "resumen.html"
    /// The whole booklet as one HTML document.
    public static let booklet = "booklet.html"
    /// The booklet printed to PDF (present only when the build asked for it).
    public static let pdf = "booklet.pdf"
    /// The search page, at the top of the output: it searches every edition.
    public static let search = "buscar.html"
    /// The search page's script, at the top of the output.
    public static let searchScript = "js/buscar.js"
    /// The folder Pagefind writes the search index into, at the top of the output.
    public static let searchIndexFolder = "pagefind"
    /// The folder of the region pages.
    public static let regionsFolder = "regiones"

    /// "regiones/tarapaca.html": one page per region, named after the region so it stays put between editions.
    public static func region(_ region: Region) -> String {
        Self.region(slug: region.slug)
    }

    /// The page of the region with that slug.
    static func region(slug: String) -> String {
        regionsFolder + "/" + AnchorID.sanitized(slug) + ".html"
    }
}
