import Content
import Foundation
@testable import Rendering
import Testing
import TestSupport

/// Issue 15's typography, read from the real edition as rendered: the period with an en dash, O’Higgins in one form.
///
/// `edition.yaml` writes «2015 - 2017» and `ohiggins.md` writes `region: O'Higgins`; what every page shows comes
/// from the typeset period and the schema's canonical name.
@Suite("Typography of the real edition: period and region names")
struct TypographyRealEditionTests {
    /// The straight-apostrophe forms, as text and as the templates escape it.
    static let straight = ["O'Higgins", "O&#39;Higgins"]

    @Test("the booklet: cover, back link, contents, chapter facts (running head and bookmark), chapter title")
    func booklet() throws {
        let edition = try RealEdition.load()
        let html = try Rendered.text("2015-2017/booklet.html", in: try Rendered.files(edition))
        #expect(html.contains("<p class=\"cover-period\">2015–2017</p>"))
        #expect(html.contains("← Volver a la edición 2015–2017</a>"))
        #expect(!html.contains("2015 - 2017"))
        #expect(html.contains("<a href=\"#experiencia-ohiggins\">O’Higgins</a>"))
        // `.chapter-region` is what print.css takes for the running head and the PDF's bookmark.
        #expect(html.contains("<span class=\"chapter-region\">O’Higgins</span>"))
        #expect(html.contains(">Experiencia colaborativa de la Red de Mejoramiento Escolar de O’Higgins</h1>"))
        for form in Self.straight { #expect(!html.contains(form), "\(form)") }
        // Coquimbo's school «Bernardo O´Higgins» keeps its acute accent (the check warns about it), never as a region.
        #expect(!html.contains(">O´Higgins<"))
    }

    @Test("the site: edition home, O’Higgins's page, summary, archive and search filter")
    func site() throws {
        let edition = try RealEdition.load()
        let renderer = try SiteRendered.renderer()
        let home = try SiteRendered.page("2015-2017/index.html", in: try renderer.editionHome(of: edition, pdf: nil, generatedAt: nil))
        let region = try SiteRendered.regionPage("ohiggins", of: edition)
        let summary = try SiteRendered.summaryPage(of: edition)
        let entry = ArchiveEntry(id: edition.id, title: edition.info.titulo, period: edition.info.periodo)
        let archiveFiles = try renderer.archiveIndex([entry], regions: edition.experiences.map(\.region.name), generatedAt: nil)
        let archive = try SiteRendered.page("index.html", in: archiveFiles)
        let search = try SiteRendered.page("buscar.html", in: archiveFiles)

        #expect(home.contains("<p class=\"page-lead\">2015–2017</p>"))
        #expect(home.contains("(2015–2017)</title>"))
        #expect(region.contains("data-pagefind-meta=\"edicion\">2015–2017</p>"))
        #expect(SiteRendered.elements("h1", in: region).map(SiteRendered.text) == ["O’Higgins"])
        #expect(archive.contains(">Edición 2015–2017</a></h2>"))
        #expect(search.contains("<option value=\"2015–2017\">"))
        #expect(search.contains("<option value=\"O’Higgins\">O’Higgins</option>"))
        for (name, page) in [("home", home), ("region", region), ("summary", summary), ("archive", archive), ("search", search)] {
            // The archive lists editions, not regions.
            if name != "archive" { #expect(page.contains("O’Higgins"), "\(name)") }
            #expect(!page.contains("2015 - 2017"), "\(name)")
            for form in Self.straight { #expect(!page.contains(form), "\(name): \(form)") }
        }
    }
}
