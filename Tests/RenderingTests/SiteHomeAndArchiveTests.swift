import Content
import Foundation
@testable import Rendering
import Testing

/// The edition's home and the archive of editions at the top of the output.
@Suite("Site: edition home and archive")
struct SiteHomeAndArchiveTests {
    @Test("the home: title and period, the presentation, the three principles, the regions north to south, the booklet and summary")
    func home() throws {
        let edition = try SiteRendered.realEdition.get()
        let files = try SiteRendered.renderer().editionHome(of: edition, pdf: nil, generatedAt: nil)
        #expect(files.map(\.path) == ["2015-2017/index.html"])
        let html = try SiteRendered.page("2015-2017/index.html", in: files)
        #expect(SiteRendered.elements("h1", in: html).map(SiteRendered.text) == ["Experiencias colaborativas en Redes de Mejoramiento Escolar"])
        #expect(html.contains("<p class=\"page-lead\">2015–2017</p>"))
        #expect(html.contains("<h2 id=\"presentacion\">Presentación de las experiencias</h2>"))
        #expect(html.contains("<h2 id=\"principios\">Principios que sustentan las Redes de Mejoramiento Escolar</h2>"))
        #expect(SiteRendered.elements("strong", in: html).map(SiteRendered.text) == ["Colaboración", "Finalidad", "Proyección"])
        let regions = try #require(SiteRendered.elements("ol", in: html).first { $0.contains("region-list-name") })
        let links = regions.components(separatedBy: "<a href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(links.map(String.init) == SummaryRealEditionTests.handCounted.map { "regiones/\($0.slug).html" })
        #expect(html.contains("<a href=\"booklet.html\">"))
        #expect(html.contains("<a href=\"resumen.html\">"))
        #expect(!html.contains("booklet.pdf"), "no PDF was printed, so none is linked")
        #expect(html.contains("<li><a href=\"../index.html\">Ediciones</a></li>"))
        #expect(html.contains("<span aria-current=\"page\">Edición 2015–2017</span>"))
        #expect(html.contains("<title>Experiencias colaborativas en Redes de Mejoramiento Escolar (2015–2017)</title>"))
    }

    @Test("the PDF is linked when the build printed it")
    func pdfLink() throws {
        let files = try SiteRendered.renderer().editionHome(of: try SiteRendered.realEdition.get(), pdf: BookletPDFFacts(bytes: 175_963, pages: 40, chapterPages: ["experiencia-tarapaca": 13...14]), generatedAt: nil)
        let html = try SiteRendered.page("2015-2017/index.html", in: files)
        #expect(html.contains("<a href=\"booklet.pdf\" type=\"application/pdf\">Cuadernillo completo en PDF, para imprimir <span class=\"link-list-facts\">(40 páginas, 176\u{00A0}kB)</span></a>"))
    }

    @Test("region pages and the summary lead to the booklet and its PDF: the chapter's pages, the PDF's size and pages, opened at the chapter")
    func bookletBar() throws {
        let edition = try SiteRendered.realEdition.get()
        let pdf = BookletPDFFacts(bytes: 2_412_000, pages: 40, chapterPages: ["experiencia-tarapaca": 13...14, "experiencia-aysen": 35...37])
        let renderer = try SiteRendered.renderer()
        let regions = try renderer.regionPages(of: edition, pdf: pdf, generatedAt: nil)
        let tarapaca = try SiteRendered.page("2015-2017/regiones/tarapaca.html", in: regions)
        let bar = try #require(SiteRendered.elements("nav", in: tarapaca).first { $0.contains("booklet-bar") })
        #expect(bar.contains("<p class=\"booklet-bar-pages\">En el cuadernillo: páginas 13–14</p>"))
        #expect(bar.contains("<a href=\"../booklet.html#experiencia-tarapaca\">Leer el cuadernillo</a>"))
        #expect(bar.contains("<a href=\"../booklet.pdf#page=13\" type=\"application/pdf\">Descargar el PDF</a> <span class=\"booklet-bar-facts\">(40 páginas, 2,4\u{00A0}MB)</span>"))
        // A chapter the PDF's destinations did not name: the PDF at its start, no pages claimed.
        let antofagasta = try SiteRendered.page("2015-2017/regiones/antofagasta.html", in: regions)
        #expect(!antofagasta.contains("booklet-bar-pages"))
        #expect(antofagasta.contains("<a href=\"../booklet.pdf\" type=\"application/pdf\">"))
        // No PDF: the booklet in HTML only, never a dead link.
        let bare = try SiteRendered.page("2015-2017/regiones/tarapaca.html", in: try renderer.regionPages(of: edition, generatedAt: nil))
        #expect(bare.contains("<a href=\"../booklet.html#experiencia-tarapaca\">Leer el cuadernillo</a>"))
        #expect(!bare.contains("booklet.pdf"))
        let summary = try SiteRendered.page("2015-2017/resumen.html", in: try renderer.summaryPage(of: edition, pdf: pdf, generatedAt: nil))
        #expect(summary.contains("<a href=\"booklet.pdf\" type=\"application/pdf\">Descargar el PDF</a> <span class=\"booklet-bar-facts\">(40 páginas, 2,4\u{00A0}MB)</span>"))
        #expect(summary.contains("<a href=\"booklet.html\">Leer el cuadernillo</a>"))
        // The footer, which prints, names the publication, the edition and the publisher.
        #expect(tarapaca.contains("<p>División de Educación General · Ministerio de Educación de Chile · Alameda 1371, Santiago de Chile · www.mineduc.cl</p>"))
    }

    @Test("the archive lists editions newest first, whatever the order given, with the stylesheets it links")
    func archive() throws {
        let files = try SiteRendered.renderer().archiveIndex([
            ArchiveEntry(id: "2015-2017", title: "Experiencias colaborativas", period: "2015 - 2017"),
            ArchiveEntry(id: "2019-2020", title: "Otra edición", period: "2019 - 2020", page: "2019-2020/booklet.html"),
            ArchiveEntry(id: "2018", title: "Edición <2018>", period: "2018"),
        ], regions: ["Tarapacá"], generatedAt: nil)
        #expect(files.map(\.path) == ["index.html", "buscar.html", "css/booklet.css", "css/site.css", "js/buscar.js"])
        let html = try SiteRendered.page("index.html", in: files)
        let list = try #require(SiteRendered.elements("ol", in: html).first)
        let links = list.components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links == ["2019-2020/booklet.html", "2018/index.html", "2015-2017/index.html"])
        #expect(list.contains("<h2 class=\"edition-entry-headline\"><a href=\"2015-2017/index.html\">Edición 2015–2017</a></h2>"))
        #expect(list.contains("Edición &lt;2018&gt;"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"css/site.css\" media=\"all\">"))
        #expect(!html.contains("class=\"breadcrumb\""), "the archive is the top: no breadcrumb of one step")
        #expect(try SiteRendered.page("css/site.css", in: files) == String(decoding: try Rendered.library().assets["css/site.css"]!, as: UTF8.self))
        #expect(html.contains("<form class=\"site-search\" role=\"search\" action=\"buscar.html\" method=\"get\">"))
    }

    @Test("the archive tells editions apart by their period, with their counts and PDF when known")
    func archiveEntries() throws {
        let files = try SiteRendered.renderer().archiveIndex([
            ArchiveEntry(id: "2015-2017", title: "Experiencias colaborativas", period: "2015 - 2017", networks: 15, schools: 134,
                         pdf: BookletPDFFacts(bytes: 175_963, pages: 40)),
            ArchiveEntry(id: "2019", title: "Experiencias colaborativas", period: "2019"),
        ], regions: [], generatedAt: nil)
        let html = try SiteRendered.page("index.html", in: files)
        let items = SiteRendered.elements("li", in: html).filter { $0.contains("edition-entry-headline") }
        #expect(items.count == 2)
        #expect(items[0].contains(">Edición 2019</a></h2>") && !items[0].contains("edition-entry-counts") && !items[0].contains("booklet.pdf"))
        #expect(items[1].contains("<p class=\"edition-entry-counts\">15 redes · 134 establecimientos</p>"))
        #expect(items[1].contains("<a href=\"2015-2017/booklet.pdf\" type=\"application/pdf\">Descargar el PDF</a> (40 páginas, 176\u{00A0}kB)"))
    }

    @Test("the search page offers the editions newest first and the regions given as filters, loads its script, and has no search box of its own in the header")
    func searchPage() throws {
        let files = try SiteRendered.renderer().archiveIndex([
            ArchiveEntry(id: "2015-2017", title: "Experiencias colaborativas", period: "2015 - 2017"),
            ArchiveEntry(id: "2019", title: "Otra", period: "2019 <b>"),
        ], regions: ["Tarapacá", "Aysén"], generatedAt: nil)
        let html = try SiteRendered.page("buscar.html", in: files)
        let editions = try #require(SiteRendered.elements("select", in: html).first)
        #expect(editions.components(separatedBy: "<option value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            == ["", "2019 &lt;b&gt;", "2015–2017"])
        let regions = try #require(SiteRendered.elements("select", in: html).last)
        #expect(regions.contains("<option value=\"Tarapacá\">Tarapacá</option>\n<option value=\"Aysén\">Aysén</option>"))
        #expect(html.contains("<script src=\"js/buscar.js\" defer></script>"))
        #expect(html.contains("data-indice=\"pagefind/\""))
        #expect(!html.contains("class=\"site-search\""))
        #expect(html.contains("id=\"buscar-desde-disco\" hidden>"), "the notice for file:// waits for the script")
        #expect(try SiteRendered.page("js/buscar.js", in: files) == String(decoding: try Rendered.library().assets["js/buscar.js"]!, as: UTF8.self))
    }

    @Test("every site page links only relatively: no link or stylesheet starts with a slash or names a scheme (but a web link's)")
    func relativeLinks() throws {
        let edition = try SiteRendered.realEdition.get()
        let renderer = try SiteRendered.renderer()
        let files = try renderer.regionPages(of: edition, generatedAt: nil) + renderer.summaryPage(of: edition, generatedAt: nil)
            + renderer.editionHome(of: edition, pdf: BookletPDFFacts(bytes: 175_963, pages: 40, chapterPages: ["experiencia-tarapaca": 13...14]), generatedAt: nil)
            + renderer.archiveIndex([ArchiveEntry(id: edition.id, title: "t", period: "p")], regions: ["Tarapacá"], generatedAt: nil)
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            for attribute in ["href=\"", "src=\""] {
                for value in html.components(separatedBy: attribute).dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                    let external = ["http://", "https://", "mailto:"].contains { value.hasPrefix($0) }
                    #expect(!value.hasPrefix("/") && (external || !value.contains(":")), "\(file.path): \(value)")
                }
            }
        }
    }
}
