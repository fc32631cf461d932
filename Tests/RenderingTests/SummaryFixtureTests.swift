import Content
import Testing
@testable import Rendering

/// Summary figures of editions built in code: several networks in one region, `enfasis` declared.
@Suite("Summary figures of fixture editions")
struct SummaryFixtureTests {
    static let tarapaca = FixtureExperience.region("Tarapacá")
    static let losRios = FixtureExperience.region("Los Ríos")

    /// Two networks in Los Ríos (given in reverse region order, to check sorting) and one in Tarapacá.
    static let twoInOneRegion = FixtureExperience.edition([
        FixtureExperience.make(
            "los-rios-b", region: losRios, provincia: "Ranco", desde: 2015, dependencia: ["servicio local", "municipal"],
            niveles: ["parvularia", "básica"], integrantes: ["jefes técnicos", "sostenedores"], schools: 5,
            ideaFuerza: "Compartir lo que *funciona*."
        ),
        FixtureExperience.make(
            "los-rios-a", region: losRios, provincia: "Valdivia", desde: 2016, dependencia: ["municipal"],
            niveles: ["básica"], integrantes: ["directores", "jefes técnicos"], schools: 4, ideaFuerza: "Aprender juntos."
        ),
        FixtureExperience.make("tarapaca-x", region: tarapaca, desde: 2017, comunas: ["Iquique", "Alto Hospicio"], schools: 7),
    ])

    @Test("a region with two networks totals them: networks, schools, unions in order of appearance, earliest desde")
    func regionTotals() throws {
        let regions = RegionSummary.all(in: Self.twoInOneRegion)
        #expect(regions.map(\.region.name) == ["Tarapacá", "Los Ríos"])
        let losRios = try #require(regions.last)
        #expect(losRios.experiences.map(\.slug) == ["los-rios-a", "los-rios-b"])
        #expect(losRios.networks == 2)
        #expect(losRios.schools == 9)
        #expect(losRios.schoolsPerNetworkText == "4,5")
        #expect(losRios.desde == 2015)
        #expect(losRios.provinciasText == "Valdivia y Ranco")
        #expect(losRios.dependencia == ["municipal", "servicio local"])
        #expect(losRios.niveles == ["básica", "parvularia"])
        #expect(losRios.integrantesText == "directores, jefes técnicos y sostenedores")
        let tarapaca = try #require(regions.first)
        #expect(tarapaca.networks == 1 && tarapaca.schools == 7)
    }

    @Test("the characteristics table has a row per network and totals with a decimal comma")
    func characteristicsTotals() {
        let table = CharacteristicsTable(edition: Self.twoInOneRegion)
        #expect(table.rows.map(\.slug) == ["tarapaca-x", "los-rios-a", "los-rios-b"])
        #expect(table.rows[0].extent == "Iquique y Alto Hospicio")
        #expect(table.rows[2].dependencia == "servicio local y municipal")
        #expect(table.totals.networks == 3)
        #expect(table.totals.schools == 16)
        #expect(table.totals.meanText == "5,3")
        #expect(table.totals.minimum == 4)
        #expect(table.totals.maximum == 7)
    }

    @Test("an edition without experiences has no mean, no minimum, no regions and an empty matrix")
    func emptyEdition() {
        let edition = FixtureExperience.edition([])
        let table = CharacteristicsTable(edition: edition)
        #expect(table.rows.isEmpty && table.totals.networks == 0 && table.totals.schools == 0)
        #expect(table.totals.mean == nil && table.totals.minimum == nil && table.totals.maximum == nil)
        #expect(table.totals.meanText == "—")
        #expect(RegionSummary.all(in: edition).isEmpty)
        #expect(EmphasisMatrix(edition: edition).isEmpty)
        #expect(SummarySeries.networksPerYear(edition.info) == nil)
    }

    /// The ten networks of the study's matrix, with the emphases its synthesis names for each:
    /// "el 40 % con énfasis en la transmisión de información (RME 5, RME 7, RME 8, RME 9) y un 30% con énfasis en
    /// la formación y desarrollo de capacidades (RME 2, RME 3, RME 13)"; "procesos colaborativos focalizados en
    /// compartir prácticas exitosas (RME 2, RME 5, RME 8, RME 10 y RME 13)"; "dos redes (20%) ... (RME 1 y RME 4).
    /// Estas redes han puesto su énfasis en la obtención de recursos conjuntamente así como en el desarrollo de
    /// proyectos socio-educativos". (The extracted matrix marks RME 3 twice but lost the columns; the text
    /// names it only under formación, and any second mark elsewhere would break the study's own percentages.)
    static let studyNetworks: [(name: String, enfasis: [String])] = [
        ("RME1", ["obtención de recursos", "proyectos socioeducativos conjuntos"]),
        ("RME2", ["formación y desarrollo de capacidades", "compartir prácticas"]),
        ("RME3", ["formación y desarrollo de capacidades"]),
        ("RME4", ["obtención de recursos", "proyectos socioeducativos conjuntos"]),
        ("RME5", ["transmisión de información", "compartir prácticas"]),
        ("RME7", ["transmisión de información"]),
        ("RME8", ["transmisión de información", "compartir prácticas"]),
        ("RME9", ["transmisión de información"]),
        ("RME10", ["compartir prácticas"]),
        ("RME13", ["formación y desarrollo de capacidades", "compartir prácticas"]),
    ]

    /// The study's ten classified networks plus five it studied without placing in the matrix.
    static func studyEdition() -> Edition {
        let regions = FrontMatterEdition.regions
        var experiences = studyNetworks.enumerated().map { index, network in
            FixtureExperience.make(
                "rme\(index + 1)", region: regions[index % regions.count], red: network.name, enfasis: network.enfasis
            )
        }
        for extra in 0..<5 {
            experiences.append(FixtureExperience.make("sin-enfasis-\(extra)", region: regions[extra]))
        }
        return FixtureExperience.edition(experiences)
    }

    @Test("the study's matrix gives the study's shares: 70 % informative, 50 % collaborative, 20 % cooperative")
    func studyShares() {
        let matrix = EmphasisMatrix(edition: Self.studyEdition())
        #expect(!matrix.isEmpty)
        #expect(matrix.networks == 10)
        #expect(matrix.undeclared == 5)
        #expect(matrix.groups.map(\.process.id) == ["informativos", "colaborativos", "cooperativos"])
        #expect(matrix.groups.map(\.networks) == [7, 5, 2])
        #expect(matrix.groups.map(\.percent) == [70, 50, 20])
        #expect(matrix.groups.map(\.percentText) == ["70\u{00A0}%", "50\u{00A0}%", "20\u{00A0}%"])
        // Per emphasis, as the synthesis counts them: 40 % and 30 %; none shares learnings yet.
        #expect(matrix.groups.flatMap(\.columns).map(\.percent) == [40, 30, 50, 0, 20, 20])
        #expect(matrix.groups.flatMap(\.columns).map(\.emphasis.heading) == StudyProcess.allEmphases.map(\.heading))
    }

    @Test("rows carry six cells in the study's column order and the processes they show")
    func studyRows() throws {
        let matrix = EmphasisMatrix(edition: Self.studyEdition())
        let rme2 = try #require(matrix.rows.first { $0.red == "RME2" })
        #expect(rme2.cells.map(\.marked) == [false, true, true, false, false, false])
        #expect(rme2.processes == ["informativos", "colaborativos"])
        let rme1 = try #require(matrix.rows.first { $0.red == "RME1" })
        #expect(rme1.processes == ["cooperativos"], "two emphases of one process count the network once")
        #expect(!matrix.rows.contains { $0.red.hasPrefix("Red sin-enfasis") })
    }

    @Test("an emphasis written with other case or accents still finds its column; an unknown one does not")
    func emphasisMatching() {
        let emphasis = StudyProcess.allEmphases[2]
        #expect(emphasis.matches("Compartir  Practicas"))
        #expect(!emphasis.matches("compartir aprendizajes"))
        let edition = FixtureExperience.edition([
            FixtureExperience.make("a", region: Self.tarapaca, enfasis: ["otra cosa"]),
        ])
        let matrix = EmphasisMatrix(edition: edition)
        #expect(matrix.isEmpty && matrix.undeclared == 1)
    }

    @Test("series: means with a decimal when a region's is not whole; starting years without gaps; the dependencia note")
    func series() {
        let perRegion = SummarySeries.schoolsPerNetworkByRegion(RegionSummary.all(in: Self.twoInOneRegion))
        #expect(perRegion.points.map(\.value) == [7, 4.5])
        #expect(perRegion.decimals == 1)
        #expect(perRegion.points.map { perRegion.valueText($0.value) } == ["7", "4,5"])

        let started = SummarySeries.networksByStartingYear(Self.twoInOneRegion.experiences + [
            FixtureExperience.make("vieja", region: Self.tarapaca, desde: 2012),
        ])
        #expect(started.points.map(\.label) == ["2012", "2013", "2014", "2015", "2016", "2017"])
        #expect(started.points.map(\.value) == [1, 0, 0, 1, 1, 1])

        let mix = SummarySeries.dependenciaMix(Self.twoInOneRegion.experiences)
        #expect(mix.points.map(\.label) == ["Municipal", "Servicio local"])
        #expect(mix.points.map(\.value) == [3, 1])
        #expect(mix.points.map { mix.percent($0.value) } == [100, 33])
        #expect(mix.note != nil)
        let single = SummarySeries.dependenciaMix([FixtureExperience.make("b", region: Self.tarapaca)])
        #expect(single.note == nil, "no network counts twice, so there is nothing to explain")

        let yearly = SummarySeries.networksPerYear(FixtureExperience.edition([], redesPorAnio: [(2017, 481), (2015, 523)]).info)
        #expect(yearly?.points.map(\.label) == ["2015", "2017"])
        #expect(yearly?.title == "Redes por año")
    }
}
