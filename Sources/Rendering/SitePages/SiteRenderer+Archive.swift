import Diagnostics

extension SiteRenderer {
    /// The stylesheets the archive links, copied to the top of the output (an edition's own copies may be
    /// from an older build, or gone with the edition).
    public static let archiveStylesheets = ["css/booklet.css", "css/site.css"]

    /// `index.html` at the top of the output, listing `entries` newest first (by folder name, as editions are
    /// found), the search page beside it (filters: those editions and `regions`), with the stylesheets and the
    /// script they link.
    public func archiveIndex(_ entries: [ArchiveEntry], regions: [String], generatedAt: String?) throws(RenderError) -> [RenderedFile] {
        let sorted = Array(entries.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }.reversed())
        let layout = SiteLayoutView(
            title: strings[.archiveTitle], description: strings[.archiveIntro], generatedAt: generatedAt,
            stylesheets: Self.archiveStylesheets, bodyClass: "archive-page", breadcrumb: [], footerLines: [],
            contentHTML: try pages.render(ArchiveIndexView(entries: sorted, strings: strings)), strings: strings, searchHref: SitePaths.search
        )
        let search = SiteLayoutView(
            title: strings.text(.sitePageTitle, ["pagina": strings[.searchTitle], "edicion": strings[.archiveTitle]]),
            description: strings[.searchIntro], generatedAt: generatedAt,
            stylesheets: Self.archiveStylesheets, bodyClass: "search-page",
            breadcrumb: [SiteLayoutView.Crumb(title: strings[.siteArchive], href: SitePaths.home),
                         SiteLayoutView.Crumb(title: strings[.searchButton], href: nil)],
            footerLines: [], contentHTML: try pages.render(SearchPageView(entries: sorted, regions: regions)), strings: strings,
            searchHref: nil, scripts: [SitePaths.searchScript]
        )
        var files = [
            RenderedFile(path: SitePaths.home, text: try pages.render(layout)),
            RenderedFile(path: SitePaths.search, text: try pages.render(search)),
        ]
        for path in Self.archiveStylesheets + [SitePaths.searchScript] {
            guard let bytes = pages.templates.assets[path] else {
                throw RenderError(file: path, line: nil, message: LocalizedText(
                    es: "falta «\(path)» en la carpeta de plantillas; el índice de ediciones o la página de búsqueda lo enlaza",
                    en: "\"\(path)\" is missing from the templates folder; the index of editions or the search page links it"))
            }
            files.append(RenderedFile(path: path, data: bytes))
        }
        return files
    }
}
