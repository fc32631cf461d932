import Content

extension EditionRenderer {
    /// The edition's files, paths under `<edition id>/`, in a stable order.
    ///
    /// `generatedAt` is printed only when given (SOURCE_DATE_EPOCH set), so runs are otherwise byte-identical.
    public func render(_ edition: Edition, generatedAt: String?) throws(RenderError) -> [RenderedFile] {
        let folder = edition.id
        let pages = PageRenderer(templates: templates, strings: strings)
        let booklet = try BookletRenderer(pages: pages).render(edition, generatedAt: generatedAt)
        let pageSetup = try pages.render(PageSetupView(setup: edition.info.pagina))
        return [RenderedFile(path: "\(folder)/booklet.html", text: booklet)]
            + stylesheets(under: folder)
            + [RenderedFile(path: "\(folder)/css/page.css", text: pageSetup)]
    }

    /// The fixed stylesheets of the library (`css/*.css`), copied under the edition's `css/` folder;
    /// a stylesheet that a template renders (`css/page.css`) comes from the template only.
    func stylesheets(under folder: String) -> [RenderedFile] {
        templates.assets.keys.sorted().filter { path in
            path.hasPrefix("css/") && path.hasSuffix(".css") && !templates.templateNames.contains(path)
        }.map { path in
            RenderedFile(path: "\(folder)/\(path)", data: templates.assets[path]!)
        }
    }
}
