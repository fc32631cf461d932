import Content

extension SiteRenderer {
    /// `<edition>/resumen.html`: the characteristics table with totals, the emphasis matrix and the four charts.
    /// `pdf` is the edition's printed booklet when it has one.
    public func summaryPage(of edition: Edition, pdf: BookletPDFFacts? = nil, generatedAt: String?) throws(RenderError) -> [RenderedFile] {
        let view = SummaryPageView(
            characteristicsHTML: try pages.render(CharacteristicsTableView(edition: edition)),
            emphasisHTML: try pages.render(EmphasisMatrixView(edition: edition, strings: strings)),
            charts: SummaryCharts.all(for: edition)
        )
        let html = try editionDocument(
            try pages.render(view), edition: edition, place: .editionTop, pageTitle: strings[.summaryTitle],
            description: strings[.summaryIntro], bodyClass: "summary-page", generatedAt: generatedAt,
            booklet: bookletBar(place: .editionTop, pdf: pdf)
        )
        return [RenderedFile(path: edition.id + "/" + SitePaths.summary, text: html)]
    }
}
