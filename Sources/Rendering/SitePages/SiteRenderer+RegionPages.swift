import Content

extension SiteRenderer {
    /// One page per region with experiences, `<edition>/regiones/<slug>.html`, in the edition's north-to-south order.
    public func regionPages(of edition: Edition, generatedAt: String?) throws(RenderError) -> [RenderedFile] {
        let regions = RegionSummary.all(in: edition)
        var files: [RenderedFile] = []
        files.reserveCapacity(regions.count)
        for (index, summary) in regions.enumerated() {
            var chapters = ""
            for experience in summary.experiences {
                var chapter = ChapterView(experience: experience, strings: strings)
                chapter.titleLevel = 2
                chapters += try pages.render(chapter)
            }
            let view = RegionPageView(
                summary: summary,
                previous: index > 0 ? regions[index - 1] : nil,
                next: index + 1 < regions.count ? regions[index + 1] : nil,
                experiencesHTML: chapters, strings: strings
            )
            let html = try editionDocument(
                try pages.render(view), edition: edition, place: .regionFolder, pageTitle: summary.region.name,
                description: strings.text(.chapterTitle, ["region": summary.region.titleForm]),
                bodyClass: "region-page", generatedAt: generatedAt
            )
            files.append(RenderedFile(path: edition.id + "/" + SitePaths.region(summary.region), text: html))
        }
        return files
    }
}
