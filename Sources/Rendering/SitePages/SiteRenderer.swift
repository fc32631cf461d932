import Content

/// Renders the site around the booklet: an edition's home, its region pages and national summary, and the
/// archive of every edition. Each page kind has its own entry point, so the Site module adds one maker per kind.
public struct SiteRenderer: Sendable {
    let pages: PageRenderer

    /// A renderer with the given templates (already parsed, shared by every render) and labels.
    public init(templates: TemplateLibrary, strings: StringsTable = .spanish) {
        pages = PageRenderer(templates: templates, strings: strings)
    }

    /// The labels every page takes its words from.
    var strings: StringsTable { pages.strings }

    /// "Experiencias colaborativas en Redes de Mejoramiento Escolar (2015–2017)".
    func editionTitle(_ info: EditionInfo) -> String {
        strings.text(.siteEditionTitle, ["titulo": info.titulo, "periodo": info.periodo])
    }

    /// The band leading from a page at `place` to its edition's booklet: to `chapter` (an anchor) in it when
    /// given, to the PDF when the edition has one (at the chapter's first page, with the pages it takes).
    func bookletBar(place: SitePlace, pdf: BookletPDFFacts?, chapter: String? = nil) -> SiteLayoutView.BookletBar {
        let pages = chapter.flatMap { pdf?.pagesText(ofChapter: $0, strings) }
        let firstPage = chapter.flatMap { pdf?.chapterPages[$0]?.lowerBound }
        return SiteLayoutView.BookletBar(
            readHref: place.booklet + (chapter.map { "#" + $0 } ?? ""),
            pdfHref: pdf.map { _ in place.pdf + (firstPage.map { "#page=\($0)" } ?? "") },
            pdfFacts: pdf.map { $0.summary(strings) },
            chapterPages: pages.map { strings.text(.bookletBarChapter, ["paginas": $0]) }
        )
    }

    /// `content` wrapped in the site's frame, with the edition's stylesheets and a breadcrumb from the archive
    /// down to the page; `pageTitle` is `nil` for the edition's home, the last step of its own breadcrumb.
    func editionDocument(
        _ content: String, edition: Edition, place: SitePlace, pageTitle: String?, description: String,
        bodyClass: String, generatedAt: String?, booklet: SiteLayoutView.BookletBar? = nil
    ) throws(RenderError) -> String {
        let info = edition.info
        let edition = editionTitle(info)
        var breadcrumb = [
            SiteLayoutView.Crumb(title: strings[.siteArchive], href: place.archive),
            SiteLayoutView.Crumb(title: strings.text(.siteEdition, ["periodo": info.periodo]), href: pageTitle == nil ? nil : place.home),
        ]
        if let pageTitle { breadcrumb.append(SiteLayoutView.Crumb(title: pageTitle, href: nil)) }
        var footerLines = [edition]
        if let isbn = info.isbn, !isbn.isEmpty { footerLines.append(strings[.creditsISBN] + " " + isbn) }
        // Who publishes it and where: a printed page (the footer prints) says which publication it comes from.
        let publisher = info.editor
        footerLines.append(([publisher.nombre, publisher.institucion] + [publisher.direccion, publisher.sitio].compactMap { $0 })
            .filter { !$0.isEmpty }.joined(separator: " · "))
        let layout = SiteLayoutView(
            title: pageTitle.map { strings.text(.sitePageTitle, ["pagina": $0, "edicion": edition]) } ?? edition,
            description: description,
            generatedAt: generatedAt,
            stylesheets: SiteLayoutView.editionStylesheets.map(place.stylesheet),
            bodyClass: bodyClass,
            breadcrumb: breadcrumb,
            footerLines: footerLines,
            contentHTML: content,
            strings: strings,
            booklet: booklet,
            searchHref: place.search
        )
        return try pages.render(layout)
    }
}
