import Content

/// An edition's home page: title and period, links to the booklet (HTML, and PDF when one was printed) and
/// the summary, the presentation, the three principles and the regions north to south.
struct EditionHomeView: PageView {
    static let template = "edition-home"

    /// One region of the list, with the name(s) of its network(s).
    struct RegionEntry {
        var name: String
        var networks: String
        var href: String
    }

    var title: String
    var period: String
    var pdfHref: String?
    /// "40 páginas, 176 kB", beside the PDF's link.
    var pdfFacts: String?
    var presentation: FrontPageView?
    var principles: PrinciplesView?
    var regions: [RegionEntry]

    /// The home of `edition`; the PDF is linked only when there is one (`pdf`), so no link is ever dead.
    init(edition: Edition, pdf: BookletPDFFacts?, strings: StringsTable) {
        let place = SitePlace.editionTop
        title = edition.info.titulo
        period = edition.info.periodo
        pdfHref = pdf.map { _ in place.pdf }
        pdfFacts = pdf.map { $0.summary(strings) }
        presentation = edition.pages.first { $0.slug == FrontMatterView.presentationSlug }.map(FrontPageView.init(page:))
        principles = PrinciplesView(edition: edition.info)
        regions = RegionSummary.all(in: edition).map { summary in
            RegionEntry(name: summary.region.name, networks: summary.experiences.map(\.red).joined(separator: " · "), href: place.region(summary))
        }
    }

    /// What `edition-home.mustache` reads.
    var context: [String: Any] {
        let place = SitePlace.editionTop
        var context: [String: Any] = [
            "title": title,
            "period": period,
            "bookletHref": place.booklet,
            "summaryHref": place.summary,
            "regions": regions.map { ["name": $0.name, "networks": $0.networks, "href": $0.href] },
        ]
        context["hasPDF"] = pdfHref != nil
        if let pdfHref { context["pdfHref"] = pdfHref }
        if let pdfFacts { context["pdfFacts"] = pdfFacts }
        if let presentation { context["presentation"] = ["title": presentation.title, "bodyHTML": presentation.bodyHTML] }
        if let principles { context["principles"] = principles.context }
        return context
    }
}
