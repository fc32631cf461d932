import Content

extension SiteRenderer {
    /// `<edition>/index.html`, the edition's home; the PDF is linked only when `pdf` says the edition has one.
    public func editionHome(of edition: Edition, pdf: BookletPDFFacts?, generatedAt: String?) throws(RenderError) -> [RenderedFile] {
        let view = EditionHomeView(edition: edition, pdf: pdf, strings: strings)
        let html = try editionDocument(
            try pages.render(view), edition: edition, place: .editionTop, pageTitle: nil,
            description: edition.info.descripcion ?? edition.info.titulo, bodyClass: "home-page", generatedAt: generatedAt
        )
        return [RenderedFile(path: edition.id + "/" + SitePaths.home, text: html)]
    }
}
