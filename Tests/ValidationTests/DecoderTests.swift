import Content
import Diagnostics
import Markup
import Testing
import TestSupport
@testable import Validation

@Suite("Decoders")
struct DecoderTests {
    @Test("an experience decodes with canonical region and values, and its sections in schema order")
    func experience() throws {
        let keys = RuleHarness.validKeys
            .replacingOccurrences(of: "region: Tarapacá", with: "region: rm")
            .replacingOccurrences(of: "dependencia: [municipal]", with: "dependencia: [particular subvencionada]")
            .replacingOccurrences(of: "niveles: [básica]", with: "niveles: [basica, media tp]")
            .replacingOccurrences(of: "desde: 2015", with: "desde: \"2016\"")
            + "localizacion: urbano\n"
        let context = RuleHarness.context(RuleHarness.experience(keys), path: "2099/experiencias/metropolitana.md")
        let experience = try #require(ExperienceDecoder.decode(context, RuleHarness.settings))
        #expect(experience.region.name == "Metropolitana" && experience.region.order == 7)
        #expect(experience.region.titleForm == "de la Región Metropolitana")
        #expect(experience.slug == "metropolitana")
        #expect(experience.desde == 2016)
        #expect(experience.dependencia == ["particular subvencionado"])
        #expect(experience.niveles == ["básica", "media técnico profesional"])
        #expect(experience.localizacion == "urbana")
        #expect(experience.establecimientos == ["Escuela Uno", "Escuela Dos"])
        #expect(experience.comunas.isEmpty && experience.enfasis.isEmpty)
        #expect(experience.sections.map(\.id) == RuleHarness.settings.schema.sections.map(\.id))
        #expect(experience.section("practicas")?.listItemsHTML.count == 2)
    }

    @Test("a section written under a long heading keeps that heading and lands in schema order")
    func longHeadings() throws {
        let body = RuleHarness.body.replacingOccurrences(of: "## Objetivo\n", with: "## Objetivo de la RME\n")
        let context = RuleHarness.context("---\n" + RuleHarness.validKeys + "---\n" + body)
        let experience = try #require(ExperienceDecoder.decode(context, RuleHarness.settings))
        #expect(experience.section("objetivo")?.heading == "Objetivo de la RME")
    }

    @Test("a front page: slug without the number prefix, title from `titulo`")
    func frontPage() throws {
        let context = RuleHarness.context("---\ntitulo: \"¿Qué hace la RME?\"\n---\n\nTexto.\n", kind: .frontPage, path: "2099/paginas/03-que-hace.md")
        let page = try #require(FrontPageDecoder.decode(context))
        #expect(page.slug == "que-hace")
        #expect(page.title == "¿Qué hace la RME?")
        #expect(page.bodyHTML.contains("<p>Texto.</p>"))
    }

    @Test("page names fold accents, case and spaces")
    func slugs() {
        #expect(FileSlug.folded("Tarapacá") == "tarapaca")
        #expect(FileSlug.folded("Los Ríos") == "los-rios")
        #expect(FileSlug.frontPage(path: "paginas/presentacion.md") == "presentacion")
        #expect(FileSlug.frontPage(path: "paginas/2015-informe.md") == "2015-informe")
        #expect(FileSlug.frontPage(path: "paginas/7-cierre.md") == "cierre")
    }
}
