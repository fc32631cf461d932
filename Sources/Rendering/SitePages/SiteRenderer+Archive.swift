import Diagnostics

extension SiteRenderer {
    /// The stylesheets the archive links, copied to the top of the output (an edition's own copies may be
    /// from an older build, or gone with the edition).
    public static let archiveStylesheets = ["css/booklet.css", "css/site.css"]

    /// `index.html` at the top of the output, listing `entries` newest first (by folder name, as editions are
    /// found), with the stylesheets it links.
    public func archiveIndex(_ entries: [ArchiveEntry], generatedAt: String?) throws(RenderError) -> [RenderedFile] {
        let sorted = entries.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }.reversed()
        let layout = SiteLayoutView(
            title: strings[.archiveTitle], description: strings[.archiveIntro], generatedAt: generatedAt,
            stylesheets: Self.archiveStylesheets, bodyClass: "archive-page", breadcrumb: [], footerLines: [],
            contentHTML: try pages.render(ArchiveIndexView(entries: Array(sorted))), strings: strings
        )
        var files = [RenderedFile(path: SitePaths.home, text: try pages.render(layout))]
        for path in Self.archiveStylesheets {
            guard let bytes = pages.templates.assets[path] else {
                throw RenderError(file: path, line: nil, message: LocalizedText(
                    es: "falta la hoja de estilos «\(path)» en la carpeta de plantillas; el índice de ediciones la enlaza",
                    en: "the stylesheet \"\(path)\" is missing from the templates folder; the index of editions links it"))
            }
            files.append(RenderedFile(path: path, data: bytes))
        }
        return files
    }
}
