import Content
import Foundation
@testable import Rendering
import Testing

/// The national summary page: the characteristics table and its totals, the emphasis matrix, the four charts.
@Suite("Site: national summary page")
struct SiteSummaryPageTests {
    static var golden: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden") }

    @Test("the characteristics table of the real edition matches its reviewed golden file")
    func characteristicsGolden() throws {
        let renderer = try SiteRendered.renderer()
        let html = try renderer.pages.render(CharacteristicsTableView(edition: try SiteRendered.realEdition.get()))
        try SiteRendered.expectGolden(html, "summary-caracteristicas.html")
    }

    @Test("on the page: 15 networks, 134 schools, 8,9 per network, between 2 and 19, each row as counted by hand")
    func realFigures() throws {
        let html = try SiteRendered.summaryPage(of: try SiteRendered.realEdition.get())
        let totals = SiteRendered.definitions("summary-totals", in: html)
        #expect(totals["Redes"] == "15")
        #expect(totals["Establecimientos"] == String(SummaryRealEditionTests.handTotal))
        #expect(totals["Establecimientos por red (promedio)"] == SummaryRealEditionTests.handMean)
        #expect(totals["Mínimo de establecimientos en una red"] == "2")
        #expect(totals["Máximo de establecimientos en una red"] == "19")

        let table = try #require(SiteRendered.elements("table", in: html).first)
        let body = try #require(SiteRendered.elements("tbody", in: table).first)
        let rows = SiteRendered.elements("tr", in: body)
        #expect(rows.count == 15)
        for (row, counted) in zip(rows, SummaryRealEditionTests.handCounted) {
            #expect(SiteRendered.text(SiteRendered.elements("th", in: row).first ?? "") == counted.region)
            #expect(row.contains("<a href=\"regiones/\(counted.slug).html\">"))
            #expect(SiteRendered.text(SiteRendered.elements("td", in: row).last ?? "") == String(counted.schools), "\(counted.region)")
        }
        let footer = try #require(SiteRendered.elements("tfoot", in: table).first)
        #expect(SiteRendered.text(footer) == "Total 134")
        #expect(table.contains("<caption id=\"caracteristicas-tabla\">"))
        #expect(table.components(separatedBy: "<th scope=\"col\"").count - 1 == 8)
    }

    @Test("no experience declares enfasis: the section says so and draws no empty table")
    func emphasisAbsent() throws {
        let html = try SiteRendered.summaryPage(of: try SiteRendered.realEdition.get())
        let section = try #require(html.range(of: "<section class=\"summary-section\" id=\"enfasis\"").map { html[$0.lowerBound...] })
        let content = section[..<(section.range(of: "</section>")?.lowerBound ?? section.endIndex)]
        #expect(content.contains("Ninguna experiencia de esta edición declara énfasis"))
        #expect(!content.contains("<table"))
    }

    @Test("the study's networks with enfasis: the matrix by process, its marks, 70 %, 50 % and 20 % of 10, five left out")
    func emphasisMatrix() throws {
        let html = try SiteRendered.summaryPage(of: SummaryFixtureTests.studyEdition())
        let table = try #require(SiteRendered.elements("table", in: html).first { $0.contains("emphasis-table") || $0.contains("enfasis-tabla") })
        #expect(table.contains("<th scope=\"colgroup\" colspan=\"2\">Procesos informativos</th>"))
        #expect(table.contains("<th scope=\"colgroup\" colspan=\"2\">Procesos de colaboración</th>"))
        #expect(table.contains("<th scope=\"colgroup\" colspan=\"2\">Procesos de cooperación</th>"))
        let rows = SiteRendered.elements("tr", in: try #require(SiteRendered.elements("tbody", in: table).first))
        #expect(rows.count == 10)
        let rme2 = try #require(rows.first { $0.contains(" RME2</th>") })
        #expect(rme2.components(separatedBy: "mark mark-yes").count - 1 == 2)
        #expect(rme2.components(separatedBy: "mark mark-no").count - 1 == 4)
        let space = SpanishFormat.numberSpace
        #expect(table.contains("<td colspan=\"2\" class=\"emphasis-share\">7 de 10 (70\(space)%)</td>"))
        #expect(table.contains("<td colspan=\"2\" class=\"emphasis-share\">5 de 10 (50\(space)%)</td>"))
        #expect(table.contains("<td colspan=\"2\" class=\"emphasis-share\">2 de 10 (20\(space)%)</td>"))
        #expect(table.contains("<td>4 (40\(space)%)</td>"))
        #expect(html.contains("Redes que no declaran énfasis y no figuran en la matriz: 5."))
        #expect(!html.contains("Ninguna experiencia de esta edición declara énfasis"))
    }

    @Test("two networks in one region: a row each, totals of three networks")
    func fixtureTotals() throws {
        let html = try SiteRendered.summaryPage(of: SummaryFixtureTests.twoInOneRegion)
        let totals = SiteRendered.definitions("summary-totals", in: html)
        #expect(totals["Redes"] == "3")
        #expect(totals["Establecimientos"] == "16")
        #expect(totals["Establecimientos por red (promedio)"] == "5,3")
        #expect(totals["Mínimo de establecimientos en una red"] == "4")
        #expect(totals["Máximo de establecimientos en una red"] == "7")
        #expect(html.components(separatedBy: "<a href=\"regiones/los-rios.html\">").count - 1 == 2)
    }

    @Test("four charts, each an inline SVG with its data table in a <details>; the yearly chart is its golden file")
    func charts() throws {
        let html = try SiteRendered.summaryPage(of: try SiteRendered.realEdition.get())
        let figures = SiteRendered.elements("figure", in: html)
        #expect(figures.count == 4)
        for figure in figures {
            #expect(figure.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(figure.contains("role=\"img\""))
            #expect(figure.contains("<desc id="))
            let details = try #require(SiteRendered.elements("details", in: figure).first)
            #expect(details.contains("<summary>Datos del gráfico en una tabla</summary>"))
            #expect(details.contains("<caption>"))
            #expect(details.contains("<th scope=\"row\">"))
        }
        let svg = try String(contentsOf: Self.golden.appendingPathComponent("chart-redes-por-anio.svg"), encoding: .utf8)
        let table = try String(contentsOf: Self.golden.appendingPathComponent("summary-redes-por-anio-tabla.html"), encoding: .utf8)
        #expect(figures[0].contains(svg), "the networks-per-year chart on the page differs from chart-redes-por-anio.svg")
        #expect(figures[0].contains(table), "its table differs from summary-redes-por-anio-tabla.html")
        for (figure, id) in zip(figures, ["grafico-redes-por-anio", "grafico-establecimientos-por-region", "grafico-dependencia", "grafico-redes-por-inicio"]) {
            #expect(figure.contains("aria-labelledby=\"\(id)-title\""))
        }
    }

    @Test("one h1, headings never skip a level, the contents link to sections that exist")
    func structure() throws {
        let html = try SiteRendered.summaryPage(of: try SiteRendered.realEdition.get())
        let levels = SiteRendered.headingLevels(html)
        #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(levels)")
        for anchor in ["caracteristicas", "enfasis", "graficos"] {
            #expect(html.contains("<a href=\"#\(anchor)\">"))
            #expect(html.contains("id=\"\(anchor)\""))
        }
    }
}
