import Foundation
import Testing
import TestSupport
@testable import Engine

/// A fixture edition through the whole pipeline: the real content with a second network in Los Ríos and
/// `enfasis` declared in three files, checked by the real checker and built.
@Suite("Site pages: a region with two networks, emphases declared")
struct SitePagesFixtureTests {
    @Test("the Los Ríos page lists both experiences and its card totals them")
    func twoNetworks() async throws {
        let html = try await SitePagesBuild.fixture().text("2015-2017/regiones/los-rios.html")
        let second = SitePagesBuild.secondLosRios
        let card = HTMLReading.definitions("region-card-facts", in: html)
        #expect(card["Redes"] == "Red de Escuelas Urbanas Completas de Río Bueno | \(second.red)")
        #expect(card["Provincias"] == "Ranco y \(second.provincia)")
        // 5 schools in los-rios.md and 3 in the second file: 8 in 2 networks, 4 each.
        #expect(card["Establecimientos"] == "8 en 2 redes (4 por red)")
        #expect(html.contains("<article class=\"chapter\" id=\"experiencia-los-rios\">"))
        #expect(html.contains("<article class=\"chapter\" id=\"experiencia-los-rios-valdivia\">"))
        #expect(html.contains("<dd><a href=\"#experiencia-los-rios-valdivia\">\(second.red)</a></dd>"))
        for school in second.schools + ["Colonia Diumen"] {
            #expect(html.contains("<li>\(school)</li>"))
        }
        let home = try await SitePagesBuild.fixture().text("2015-2017/index.html")
        #expect(home.contains("Red de Escuelas Urbanas Completas de Río Bueno · \(second.red)"))
    }

    @Test("the summary: 16 rows and networks, 137 schools, 8,6 per network")
    func totals() async throws {
        let html = try await SitePagesBuild.fixture().text("2015-2017/resumen.html")
        let table = try #require(HTMLReading.elements("table", in: html).first)
        #expect(HTMLReading.elements("tr", in: try #require(HTMLReading.elements("tbody", in: table).first)).count == 16)
        let totals = HTMLReading.definitions("summary-totals", in: html)
        #expect(totals["Redes"] == "16")
        // 134 schools of the real edition and 3 more: 137 / 16 = 8,5625.
        #expect(totals["Establecimientos"] == "137")
        #expect(totals["Establecimientos por red (promedio)"] == "8,6")
        #expect(totals["Mínimo de establecimientos en una red"] == "2")
        #expect(totals["Máximo de establecimientos en una red"] == "19")
    }

    @Test("the emphasis matrix: three networks; informative 2 of 3, collaborative 1, cooperative 1; 13 left out")
    func matrix() async throws {
        let html = try await SitePagesBuild.fixture().text("2015-2017/resumen.html")
        let table = try #require(HTMLReading.elements("table", in: html).first { $0.contains("enfasis-tabla") })
        let rows = HTMLReading.elements("tr", in: try #require(HTMLReading.elements("tbody", in: table).first))
        #expect(rows.map { HTMLReading.text(HTMLReading.elements("th", in: $0).first ?? "") } == [
            "Tarapacá Red de Educación Media Técnico Profesional Municipal",
            "Atacama Red de Liceos de Enseñanza Media Técnico Profesional",
            "Maule Red Nº 1 Creciendo Juntos",
        ])
        #expect(rows.map { $0.components(separatedBy: "mark mark-yes").count - 1 } == [2, 1, 2])
        // Tarapacá: compartir prácticas and compartir aprendizajes (columns 3 and 4).
        let marks = rows[0].components(separatedBy: "<td class=\"mark ").dropFirst().map { $0.hasPrefix("mark-yes") }
        #expect(marks == [false, false, true, true, false, false])
        let space = "\u{00A0}"
        #expect(table.contains(">2 de 3 (67\(space)%)</td>"))
        #expect(table.components(separatedBy: ">1 de 3 (33\(space)%)</td>").count - 1 == 2)
        #expect(html.contains("Redes que no declaran énfasis y no figuran en la matriz: 13."))
    }
}
