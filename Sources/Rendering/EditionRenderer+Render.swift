import Content

extension EditionRenderer {
    /// The edition's files, paths under `<edition id>/`, in a stable order: the booklet and its stylesheets.
    ///
    /// `generatedAt` is printed only when given (SOURCE_DATE_EPOCH set), so runs are otherwise byte-identical.
    /// The build engine renders the same files piece by piece (`chapterHTML`, `booklet`, `stylesheets`,
    /// `pageSetupCSS`) so it can keep each piece in its cache; this is their composition.
    public func render(_ edition: Edition, generatedAt: String?) throws(RenderError) -> [RenderedFile] {
        var chapters: [String] = []
        for experience in edition.experiences { chapters.append(try chapterHTML(experience, titleLevel: 1)) }
        return [RenderedFile(path: "\(edition.id)/booklet.html", text: try booklet(edition, chapters: chapters, generatedAt: generatedAt))]
            + stylesheets(under: edition.id)
            + [try pageSetupCSS(edition)]
    }

    /// One experience's chapter; `titleLevel` 1 in the booklet, 2 on its region page.
    public func chapterHTML(_ experience: Experience, titleLevel: Int) throws(RenderError) -> String {
        var view = ChapterView(experience: experience, strings: strings)
        view.titleLevel = titleLevel
        return try PageRenderer(templates: templates, strings: strings).render(view)
    }

    /// `booklet.html` around chapters already rendered (one per experience, in the edition's order).
    public func booklet(_ edition: Edition, chapters: [String], generatedAt: String?) throws(RenderError) -> String {
        try BookletRenderer(pages: PageRenderer(templates: templates, strings: strings))
            .render(edition, chapters: chapters, generatedAt: generatedAt)
    }

    /// `<edition>/css/page.css`, the print setup `edition.yaml` gives.
    public func pageSetupCSS(_ edition: Edition) throws(RenderError) -> RenderedFile {
        let css = try PageRenderer(templates: templates, strings: strings).render(PageSetupView(setup: edition.info.pagina))
        return RenderedFile(path: "\(edition.id)/css/page.css", text: css)
    }

    /// The fixed stylesheets of the library (`css/*.css`), copied under the edition's `css/` folder;
    /// a stylesheet that a template renders (`css/page.css`) comes from the template only.
    public func stylesheets(under folder: String) -> [RenderedFile] {
        templates.editionStylesheets.map { path in
            RenderedFile(path: "\(folder)/\(path)", data: templates.assets[path]!)
        }
    }
}
