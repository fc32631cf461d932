import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Front matter: regions")
struct FrontMatterRegionTests {
    let rule = RegionValueRule()
    let schema = RuleHarness.settings.schema

    @Test("short forms, missing accents and the official long names find their region", arguments: [
        ("tarapaca", "Tarapacá"), ("arica", "Arica y Parinacota"), ("rm", "Metropolitana"), ("Santiago", "Metropolitana"),
        ("o'higgins", "O’Higgins"), ("OHiggins", "O’Higgins"), ("O'Higgins", "O’Higgins"), ("O´Higgins", "O’Higgins"), ("aysen", "Aysén"),
        ("magallanes", "Magallanes"), ("biobio", "Biobío"), ("Bio Bio", "Biobío"), ("Bío-Bío", "Biobío"),
        ("nuble", "Ñuble"), ("araucania", "La Araucanía"), ("Región de La Araucanía", "La Araucanía"),
        ("Región del Maule", "Maule"), ("Región Metropolitana de Santiago", "Metropolitana"), ("LOS RIOS", "Los Ríos"),
    ])
    func accepted(text: String, canonical: String) {
        #expect(schema.region(matching: text)?.region.name == canonical)
        let marked = RuleHarness.marked(replacing: "region: Tarapacá", with: "region: \"\(text)\"")
        #expect(RuleHarness.run(rule, marked.text).isEmpty)
    }

    @Test("a near miss gets an error with the region it most likely meant")
    func nearMiss() throws {
        let marked = RuleHarness.marked(replacing: "region: Tarapacá", with: "region: 1️⃣Valparaizo")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.unknown-region", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).hint?.es == "¿Quiso decir «Valparaíso»?")
    }

    @Test("a city that is not a region lists the regions")
    func notARegion() throws {
        let marked = RuleHarness.marked(replacing: "region: Tarapacá", with: "region: 1️⃣Iquique")
        let diagnostics = RuleHarness.run(rule, marked.text)
        expectDiagnostic(diagnostics, "front-matter.unknown-region", .error, at: marked.location("1️⃣"))
        #expect(try #require(diagnostics.first).hint?.es.contains("Ñuble") == true)
    }

    @Test("the sixteen regions in north-to-south order, with the title forms the booklet prints")
    func catalogue() {
        #expect(schema.regions.map(\.region.name) == [
            "Arica y Parinacota", "Tarapacá", "Antofagasta", "Atacama", "Coquimbo", "Valparaíso", "Metropolitana",
            "O’Higgins", "Maule", "Ñuble", "Biobío", "La Araucanía", "Los Ríos", "Los Lagos", "Aysén", "Magallanes",
        ])
        #expect(schema.regions.map(\.region.order) == Array(1...16))
        #expect(schema.region(matching: "Maule")?.region.titleForm == "del Maule")
        #expect(schema.region(matching: "rm")?.region.titleForm == "de la Región Metropolitana")
        #expect(schema.region(matching: "biobio")?.region.titleForm == "del Biobío")
        #expect(schema.region(matching: "araucania")?.region.titleForm == "de La Araucanía")
    }
}
