import Content
import Foundation

/// Makes `booklet.html`: each page kind rendered with its own template and view model, then wrapped in the layout.
struct BookletRenderer: Sendable {
    let pages: PageRenderer

    /// The whole booklet as one HTML document.
    func render(_ edition: Edition, generatedAt: String?) throws(RenderError) -> String {
        let strings = pages.strings
        let chapters = try renderChapters(edition.experiences)
        let front = FrontMatterView.sections(of: edition, strings: strings)

        var body = ""
        body += try pages.render(CoverView(edition: edition.info, strings: strings))
        body += try pages.render(CreditsView(edition: edition.info, strings: strings))
        body += try pages.render(TableOfContentsView(front: front, experiences: edition.experiences, strings: strings))
        for section in front {
            body += try pages.render(section)
        }
        body += chapters.joined()

        let layout = LayoutView(
            title: edition.info.titulo, description: edition.info.descripcion ?? edition.info.titulo,
            generatedAt: generatedAt, stylesheetBase: "", bodyClass: "booklet", contentHTML: body, strings: strings
        )
        return try pages.render(layout)
    }

    /// Every chapter's HTML, in the experiences' order; each is a pure function of its experience, so they render in parallel.
    func renderChapters(_ experiences: [Experience]) throws(RenderError) -> [String] {
        let results = ParallelResults<Result<String, RenderError>>(count: experiences.count)
        let pages = self.pages
        DispatchQueue.concurrentPerform(iterations: experiences.count) { index in
            let view = ChapterView(experience: experiences[index], strings: pages.strings)
            results.set(index, Result { () throws(RenderError) -> String in try pages.render(view) })
        }
        var html: [String] = []
        html.reserveCapacity(experiences.count)
        for result in results.values {
            html.append(try result!.get())
        }
        return html
    }
}
