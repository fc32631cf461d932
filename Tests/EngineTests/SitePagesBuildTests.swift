import Foundation
import Testing
import TestSupport
@testable import Engine

/// What `rme build` writes around the booklet: the edition home, a page per region, the national summary,
/// the edition's manifest and the archive at the top, with the figures of the real content.
@Suite("Site pages: the build")
struct SitePagesBuildTests {
    @Test("the real content: archive and stylesheets at the top; home, summary, 15 region pages and manifest per edition")
    func files() async throws {
        let built = try await SitePagesBuild.real()
        let pages = built.pages
        #expect(pages.contains("index.html"))
        for path in ["2015-2017/index.html", "2015-2017/resumen.html", "2015-2017/booklet.html"] {
            #expect(pages.contains(path), "\(path) missing")
        }
        let regions = pages.filter { $0.hasPrefix("2015-2017/regiones/") }
        #expect(regions.count == 15)
        #expect(Set(regions) == Set(RealContent.experienceNames.map { "2015-2017/regiones/" + $0.replacingOccurrences(of: ".md", with: ".html") }))
        for stylesheet in ["css/booklet.css", "css/site.css", "2015-2017/css/site.css"] {
            #expect(FileManager.default.fileExists(atPath: built.output + "/" + stylesheet), "\(stylesheet) missing")
        }
        let manifest = try JSONDecoder().decode(EditionManifest.Fields.self, from: Data(try built.text("2015-2017/edicion.json").utf8))
        #expect(manifest == EditionManifest.Fields(
            id: "2015-2017", titulo: "Experiencias colaborativas en Redes de Mejoramiento Escolar", periodo: "2015–2017",
            redes: 15, establecimientos: 134))
    }

    @Test("the summary page of the build shows 15 networks, 134 schools and 8,9 per network")
    func summaryFigures() async throws {
        let html = try await SitePagesBuild.real().text("2015-2017/resumen.html")
        let totals = HTMLReading.definitions("summary-totals", in: html)
        #expect(totals["Redes"] == String(SitePagesBuild.realNetworks))
        #expect(totals["Establecimientos"] == String(SitePagesBuild.realSchools))
        #expect(totals["Establecimientos por red (promedio)"] == SitePagesBuild.realMean)
        #expect(HTMLReading.elements("figure", in: html).count == 4)
        #expect(html.contains("Ninguna experiencia de esta edición declara énfasis"))
    }

    @Test("without --pdf the home links no PDF; with it, the PDF it links is there")
    func pdfLink() async throws {
        let real = try await SitePagesBuild.real()
        #expect(!(try real.text("2015-2017/index.html")).contains("booklet.pdf"))
        #expect(!FileManager.default.fileExists(atPath: real.output + "/2015-2017/booklet.pdf"))
        let printed = try await SitePagesBuild.fixture()
        #expect(try printed.text("2015-2017/index.html").contains("<a href=\"booklet.pdf\" type=\"application/pdf\">"))
        #expect(FileManager.default.fileExists(atPath: printed.output + "/2015-2017/booklet.pdf"))
    }

    @Test("the archive links the edition's home; the home its booklet, summary and regions north to south")
    func navigation() async throws {
        let built = try await SitePagesBuild.real()
        let archive = try built.text("index.html")
        #expect(archive.contains("<h2 class=\"edition-entry-headline\"><a href=\"2015-2017/index.html\">Edición 2015–2017</a></h2>"))
        let home = try built.text("2015-2017/index.html")
        let regionLinks = HTMLReading.attributeValues("href", in: home).filter { $0.hasPrefix("regiones/") }
        #expect(regionLinks.first == "regiones/arica-y-parinacota.html")
        #expect(regionLinks.last == "regiones/magallanes.html")
        #expect(regionLinks.count == 15)
    }

    @Test("two builds of the same content write the same site pages, byte for byte")
    func reproducible() async throws {
        let scratch = try ScratchFolder("site-pages")
        defer { scratch.remove() }
        _ = try #require(try await BuildPipeline(request: RealContent.request(output: scratch.path("Output"))).run().report)
        let again = FolderSnapshot(scratch.path("Output"))
        let first = FolderSnapshot(try await SitePagesBuild.real().output)
        #expect(first.differences(from: again) == [])
    }
}
