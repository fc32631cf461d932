import Content
import Foundation
@testable import Rendering
import Testing

/// The region pages: one per region, the card, the experiences in full, the schools, the way to the neighbours.
@Suite("Site: region pages")
struct SiteRegionPageTests {
    @Test("Tarapacá's page matches its reviewed golden file (RECORD_GOLDEN=1 re-records it)")
    func tarapacaGolden() throws {
        let html = try SiteRendered.regionPage("tarapaca", of: try SiteRendered.realEdition.get())
        try SiteRendered.expectGolden(html, "region-tarapaca.html")
    }

    @Test("fifteen pages north to south; each links its neighbours, the edition and the archive; schools as counted by hand")
    func everyRegion() throws {
        let edition = try SiteRendered.realEdition.get()
        let files = try SiteRendered.renderer().regionPages(of: edition, generatedAt: nil)
        let counted = SummaryRealEditionTests.handCounted
        #expect(files.map(\.path) == counted.map { "2015-2017/regiones/\($0.slug).html" })
        for (index, file) in files.enumerated() {
            let html = String(decoding: file.data, as: UTF8.self)
            let region = counted[index]
            #expect(html.contains("<html lang=\"es\">"))
            #expect(SiteRendered.elements("h1", in: html).map(SiteRendered.text) == [region.region])
            if index > 0 {
                #expect(html.contains("<a href=\"../regiones/\(counted[index - 1].slug).html\" rel=\"prev\">"), "\(region.slug)")
            } else {
                #expect(!html.contains("rel=\"prev\""))
            }
            if index + 1 < counted.count {
                #expect(html.contains("<a href=\"../regiones/\(counted[index + 1].slug).html\" rel=\"next\">"), "\(region.slug)")
            } else {
                #expect(!html.contains("rel=\"next\""))
            }
            #expect(html.contains("<li class=\"region-nav-home\"><a href=\"../index.html\">"))
            #expect(html.contains("<li><a href=\"../../index.html\">Ediciones</a></li>"))
            let schools = SiteRendered.elements("ul", in: html).filter { $0.contains("<li>") }.last ?? ""
            #expect(schools.components(separatedBy: "<li>").count - 1 == region.schools, "\(region.slug)")
            #expect(SiteRendered.definitions("region-card-facts", in: html)["Establecimientos"] == String(region.schools))
            #expect(html.contains("\" id=\"experiencia-\(region.slug)\">") && html.contains("<article class=\"chapter"))
            let levels = SiteRendered.headingLevels(html)
            #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1)
            #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(region.slug): \(levels)")
        }
    }

    @Test("the card of a single network: every fact from the front matter, the network linked to its chapter")
    func tarapacaCard() throws {
        let html = try SiteRendered.regionPage("tarapaca", of: try SiteRendered.realEdition.get())
        let card = SiteRendered.definitions("region-card-facts", in: html)
        #expect(card["Red"] == "Red de Educación Media Técnico Profesional Municipal")
        #expect(card["Provincia"] == "Iquique")
        #expect(card["Funciona desde"] == "2015")
        #expect(card["Establecimientos"] == "5")
        #expect(card["Dependencia"] == "Municipal")
        #expect(card["Niveles"] == "Media técnico profesional")
        #expect(card["Integrantes"] == "Directores y jefes técnicos")
        // The idea fuerza is printed once, in the chapter's box, not again in the card.
        #expect(card["Idea fuerza"] == nil)
        #expect(html.components(separatedBy: "Conversar, escuchar y compartir opiniones").count == 2)
        #expect(html.contains("<dd><a href=\"#experiencia-tarapaca\">Red de Educación Media Técnico Profesional Municipal</a></dd>"))
        // The chapter sits one level down: its title is an h2, its sections h3.
        #expect(html.contains("<h2 class=\"chapter-title\" id=\"experiencia-tarapaca-titulo\">Experiencia colaborativa de la Red de Mejoramiento Escolar de Tarapacá</h2>"))
        #expect(html.contains("<h3 id=\"experiencia-tarapaca-objetivo\">Objetivo de la RME</h3>"))
        #expect(!html.contains("<h1 class=\"chapter-title\">"))
    }

    @Test("two networks in one region: both chapters, the card totals them, the schools under each network's name")
    func twoNetworksInOneRegion() throws {
        let edition = SummaryFixtureTests.twoInOneRegion
        let files = try SiteRendered.renderer().regionPages(of: edition, generatedAt: nil)
        #expect(files.map(\.path) == ["prueba/regiones/tarapaca.html", "prueba/regiones/los-rios.html"])
        let html = try SiteRendered.page("prueba/regiones/los-rios.html", in: files)
        let card = SiteRendered.definitions("region-card-facts", in: html)
        #expect(card["Redes"] == "Red los-rios-a | Red los-rios-b")
        #expect(card["Provincias"] == "Valdivia y Ranco")
        #expect(card["Funciona desde"] == "2015")
        #expect(card["Establecimientos"] == "9 en 2 redes (4,5 por red)")
        #expect(card["Dependencia"] == "Municipal y servicio local")
        #expect(card["Niveles"] == "Básica y parvularia")
        #expect(card["Integrantes"] == "Directores, jefes técnicos y sostenedores")
        #expect(card["Ideas fuerza"] == nil)
        #expect(html.components(separatedBy: "Aprender juntos.").count == 2 && html.components(separatedBy: "Compartir lo que <em>funciona</em>.").count == 2)
        #expect(html.contains("<dd><a href=\"#experiencia-los-rios-a\">Red los-rios-a</a></dd>"))
        #expect(html.contains("<article class=\"chapter\" id=\"experiencia-los-rios-a\">"))
        #expect(html.contains("<article class=\"chapter\" id=\"experiencia-los-rios-b\">"))
        #expect(html.contains("<h2 id=\"establecimientos-titulo\">Establecimientos de las redes</h2>"))
        #expect(html.contains("<h3 id=\"experiencia-los-rios-a-establecimientos\">Red los-rios-a</h3>"))
        let lists = SiteRendered.elements("ul", in: html).filter { $0.contains("Escuela los-rios") }
        #expect(lists.map { $0.components(separatedBy: "<li>").count - 1 } == [4, 5])
        #expect(html.contains("<a href=\"../regiones/tarapaca.html\" rel=\"prev\">"))
        #expect(!html.contains("rel=\"next\""))
        let levels = SiteRendered.headingLevels(html)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(levels)")

        let single = try SiteRendered.page("prueba/regiones/tarapaca.html", in: files)
        #expect(SiteRendered.definitions("region-card-facts", in: single)["Red"] == "Red tarapaca-x")
        #expect(single.contains("<h2 id=\"establecimientos-titulo\">Establecimientos de la red</h2>"))
        #expect(!single.contains("-establecimientos\">Red"), "one network: no heading per network")
    }

    @Test("values from the front matter are escaped on the page")
    func hostileValues() throws {
        let tarapaca = FixtureExperience.region("Tarapacá")
        let edition = FixtureExperience.edition([
            FixtureExperience.make("hostil", region: tarapaca, provincia: "<b onmouseover=\"x()\">", red: "Red <script>alert(1)</script>"),
        ])
        let html = try SiteRendered.regionPage("tarapaca", of: edition)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b onmouseover"))
        #expect(html.contains("Red &lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
