import Content

/// Makes `booklet.html`: each page kind rendered with its own template and view model, then wrapped in the layout.
///
/// The order is the printed book's: cover, title page, credits on its back, contents, front matter, the
/// experiences' part title, chapters, back cover; print.css places each part on its side of the spread.
struct BookletRenderer: Sendable {
    let pages: PageRenderer

    /// The whole booklet as one HTML document, around its chapters (one per experience, in the edition's order).
    func render(_ edition: Edition, chapters: [String], generatedAt: String?) throws(RenderError) -> String {
        let strings = pages.strings
        let front = FrontMatterView.sections(of: edition, strings: strings)

        var body = ""
        body += try pages.render(CoverView(edition: edition.info, strings: strings))
        body += try pages.render(TitlePageView(edition: edition.info, strings: strings))
        body += try pages.render(CreditsView(edition: edition.info, strings: strings))
        body += try pages.render(TableOfContentsView(front: front, experiences: edition.experiences, strings: strings))
        for section in front {
            body += try pages.render(section)
        }
        if !chapters.isEmpty {
            body += try pages.render(PartTitleView(edition: edition, strings: strings))
        }
        body += chapters.joined()
        body += try pages.render(BackCoverView(edition: edition.info, strings: strings))

        let layout = LayoutView(
            title: edition.info.titulo, description: edition.info.descripcion ?? edition.info.titulo,
            generatedAt: generatedAt, stylesheetBase: "", bodyClass: "booklet", contentHTML: body, strings: strings,
            backLabel: strings.text(.bookletBackToEdition, ["periodo": edition.info.periodo])
        )
        return try pages.render(layout)
    }
}
