import Content

extension SiteRenderer {
    /// One page per region with experiences, `<edition>/regiones/<slug>.html`, in the edition's north-to-south order;
    /// `pdf`, the edition's printed booklet when it has one.
    public func regionPages(of edition: Edition, pdf: BookletPDFFacts? = nil, generatedAt: String?) throws(RenderError) -> [RenderedFile] {
        let regions = RegionSummary.all(in: edition)
        let renderer = EditionRenderer(templates: pages.templates, strings: strings)
        var files: [RenderedFile] = []
        files.reserveCapacity(regions.count)
        for index in regions.indices {
            var chapters = ""
            for experience in regions[index].experiences { chapters += try renderer.chapterHTML(experience, titleLevel: 2) }
            files.append(try regionPage(of: edition, regions: regions, at: index, chaptersHTML: chapters, pdf: pdf, generatedAt: generatedAt))
        }
        return files
    }

    /// The page of `regions[index]` (the edition's `RegionSummary.all`), around its chapters already rendered
    /// at title level 2; the neighbours in `regions` give its previous and next links, `pdf` the pages of its
    /// chapter in the printed booklet.
    public func regionPage(
        of edition: Edition, regions: [RegionSummary], at index: Int, chaptersHTML: String, pdf: BookletPDFFacts? = nil,
        generatedAt: String?
    ) throws(RenderError) -> RenderedFile {
        let summary = regions[index]
        let view = RegionPageView(
            summary: summary, in: edition,
            previous: index > 0 ? regions[index - 1] : nil,
            next: index + 1 < regions.count ? regions[index + 1] : nil,
            experiencesHTML: chaptersHTML, strings: strings
        )
        let html = try editionDocument(
            try pages.render(view), edition: edition, place: .regionFolder, pageTitle: summary.region.name,
            description: strings.text(.chapterTitle, ["region": summary.region.titleForm]),
            bodyClass: "region-page", generatedAt: generatedAt,
            booklet: bookletBar(place: .regionFolder, pdf: pdf, chapter: summary.experiences.first.map(AnchorID.chapter))
        )
        return RenderedFile(path: edition.id + "/" + SitePaths.region(summary.region), text: html)
    }
}
