import Content

extension SiteRenderer {
    /// `<edition>/index.html`, the edition's home; the PDF is linked only when `linksPDF` says the build printed it.
    public func editionHome(of edition: Edition, linksPDF: Bool, generatedAt: String?) throws(RenderError) -> [RenderedFile] {
        let view = EditionHomeView(edition: edition, linksPDF: linksPDF)
        let html = try editionDocument(
            try pages.render(view), edition: edition, place: .editionTop, pageTitle: nil,
            description: edition.info.descripcion ?? edition.info.titulo, bodyClass: "home-page", generatedAt: generatedAt
        )
        return [RenderedFile(path: edition.id + "/" + SitePaths.home, text: html)]
    }
}
