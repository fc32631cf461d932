import Content
import Testing
import TestSupport
@testable import Rendering

/// The national summary's figures computed from the real 2015-2017 edition, against counts made by hand.
@Suite("Summary figures of the real 2015-2017 edition")
struct SummaryRealEditionTests {
    /// Schools per network, counted by hand from the `establecimientos` list in the front matter of each of
    /// the 15 files in Content/2015-2017/experiencias (one name per line), in the booklet's order.
    /// Not the numbers the Conformación texts give: Arica's says 8 and lists 11, Coquimbo's 10 for 11,
    /// Valparaíso's 12 for 13, Los Ríos's 4 for 5, Magallanes's 18 municipal plus 1 particular subvencionado.
    static let handCounted: [(slug: String, region: String, schools: Int)] = [
        ("arica-y-parinacota", "Arica y Parinacota", 11),
        ("tarapaca", "Tarapacá", 5),
        ("antofagasta", "Antofagasta", 11),
        ("atacama", "Atacama", 6),
        ("coquimbo", "Coquimbo", 11),
        ("valparaiso", "Valparaíso", 13),
        ("metropolitana", "Metropolitana", 13),
        ("ohiggins", "O’Higgins", 8),
        ("maule", "Maule", 6),
        ("biobio", "Biobío", 11),
        ("araucania", "La Araucanía", 7),
        ("los-rios", "Los Ríos", 5),
        ("los-lagos", "Los Lagos", 6),
        ("aysen", "Aysén", 2),
        ("magallanes", "Magallanes", 19),
    ]
    /// Sum of the column above, by hand: 11+5+11+6+11+13+13+8+6+11+7+5+6+2+19.
    static let handTotal = 134
    /// 134 / 15 = 8,933… shown with one decimal.
    static let handMean = "8,9"

    @Test("the characteristics table has 15 rows in region order with the schools counted by hand")
    func characteristicsRows() throws {
        let table = CharacteristicsTable(edition: try FrontMatterEdition.edition())
        #expect(table.rows.map(\.slug) == Self.handCounted.map(\.slug))
        #expect(table.rows.map(\.region) == Self.handCounted.map(\.region))
        for (row, counted) in zip(table.rows, Self.handCounted) {
            #expect(row.schools == counted.schools, "\(row.region)")
        }
    }

    @Test("totals: 15 networks, 134 schools, 8,9 per network, between 2 (Aysén) and 19 (Magallanes)")
    func characteristicsTotals() throws {
        let totals = CharacteristicsTable(edition: try FrontMatterEdition.edition()).totals
        #expect(Self.handCounted.map(\.schools).reduce(0, +) == Self.handTotal, "the hand-counted table and its sum disagree")
        #expect(totals.networks == 15)
        #expect(totals.schools == Self.handTotal)
        #expect(totals.meanText == Self.handMean)
        #expect(abs((totals.mean ?? 0) - 134.0 / 15.0) < 1e-9)
        #expect(totals.minimum == 2)
        #expect(totals.maximum == 19)
    }

    @Test("the study's columns come from the front matter; what a file leaves out shows as a dash")
    func characteristicsColumns() throws {
        let rows = CharacteristicsTable(edition: try FrontMatterEdition.edition()).rows
        let bySlug = Dictionary(uniqueKeysWithValues: rows.map { ($0.slug, $0) })
        let antofagasta = try #require(bySlug["antofagasta"])
        #expect(antofagasta.provincia == "Loa")
        #expect(antofagasta.extent == "Calama")
        #expect(antofagasta.dependencia == "particular subvencionado")
        #expect(antofagasta.niveles == ["parvularia", "especial"])
        #expect(antofagasta.localizacion == "—")
        let tarapaca = try #require(bySlug["tarapaca"])
        #expect(tarapaca.extent == "—")
        #expect(tarapaca.provincia == "Iquique")
        #expect(try #require(bySlug["los-lagos"]).localizacion == "urbana")
        let magallanes = try #require(bySlug["magallanes"])
        #expect(magallanes.dependencia == "municipal y particular subvencionado")
        #expect(magallanes.nivelesText == "básica, media científico humanista y media técnico profesional")
    }

    @Test("no file of the edition declares enfasis, so the matrix is empty and says how many networks it left out")
    func emphasisMatrixIsEmpty() throws {
        let matrix = EmphasisMatrix(edition: try FrontMatterEdition.edition())
        #expect(matrix.isEmpty)
        #expect(matrix.rows.isEmpty)
        #expect(matrix.undeclared == 15)
        #expect(matrix.groups.map(\.percent) == [0, 0, 0])
    }

    @Test("one region summary per region, north to south, each with its network's figures and idea fuerza")
    func regionSummaries() throws {
        let regions = RegionSummary.all(in: try FrontMatterEdition.edition())
        #expect(regions.map(\.region.slug) == Self.handCounted.map(\.slug))
        #expect(regions.map(\.schools) == Self.handCounted.map(\.schools))
        #expect(regions.allSatisfy { $0.networks == 1 && $0.desde == 2015 })
        let tarapaca = try #require(regions.first { $0.region.slug == "tarapaca" })
        #expect(tarapaca.integrantesText == "directores y jefes técnicos")
        let metropolitana = try #require(regions.first { $0.region.slug == "metropolitana" })
        #expect(metropolitana.integrantes.count == 4)
    }

    @Test("chart series: 523, 505 and 481 networks from edition.yaml; 13 municipal and 3 particular subvencionado; all since 2015")
    func chartSeries() throws {
        let edition = try FrontMatterEdition.edition()
        let yearly = try #require(SummarySeries.networksPerYear(edition.info))
        #expect(yearly.points.map(\.label) == ["2015", "2016", "2017"])
        #expect(yearly.points.map(\.value) == [523, 505, 481])
        #expect(yearly.title == "Número de Redes de Mejoramiento Escolar funcionando en los 3 últimos años")

        let perRegion = SummarySeries.schoolsPerNetworkByRegion(RegionSummary.all(in: edition))
        #expect(perRegion.points.map(\.label) == Self.handCounted.map(\.region))
        #expect(perRegion.points.map(\.value) == Self.handCounted.map { Double($0.schools) })
        #expect(perRegion.decimals == 0)

        // By hand from the front matter: Antofagasta and Coquimbo are particular subvencionado only,
        // Magallanes is both, the other twelve are municipal.
        let mix = SummarySeries.dependenciaMix(edition.experiences)
        #expect(mix.points.map(\.label) == ["Municipal", "Particular subvencionado"])
        #expect(mix.points.map(\.value) == [13, 3])
        #expect(mix.whole == 15)
        #expect(mix.points.map { mix.percent($0.value) } == [87, 20])
        #expect(mix.note != nil, "Magallanes counts twice, so the note must explain the shares")

        let started = SummarySeries.networksByStartingYear(edition.experiences)
        #expect(started.points.map(\.label) == ["2015"])
        #expect(started.points.map(\.value) == [15])
    }

    @Test("the four summary charts of the real edition are drawn, each with its table")
    func summaryCharts() throws {
        let charts = SummaryCharts.all(for: try FrontMatterEdition.edition())
        #expect(charts.map(\.slug) == [
            "grafico-redes-por-anio", "grafico-establecimientos-por-region", "grafico-dependencia", "grafico-redes-por-inicio",
        ])
        for chart in charts {
            #expect(chart.svg.hasPrefix("<svg "))
            #expect(chart.svg.contains("id=\"\(chart.slug)-title\""))
            #expect(chart.table.hasPrefix("<table "))
        }
        let regions = charts[1].svg
        for counted in Self.handCounted {
            #expect(regions.contains(">\(counted.region.replacingOccurrences(of: "'", with: "&#39;"))</text>"), "\(counted.region)")
        }
        #expect(charts[2].svg.contains("13 (87\u{00A0}%)"))
        #expect(charts[2].svg.contains("3 (20\u{00A0}%)"))
    }
}
