import Content
import Foundation
@testable import Rendering
import Testing
import TestSupport

/// The real 2015-2017 booklet: parts in the booklet's order, one chapter per region, files and metadata.
@Suite struct BookletStructureTests {
    let edition: Edition
    let files: [RenderedFile]
    let html: String

    /// Renders the real edition once per test.
    init() throws {
        edition = try RealEdition.load()
        files = try Rendered.files(edition)
        html = try Rendered.text("2015-2017/booklet.html", in: files)
        // RME_RENDER_PREVIEW=<folder> keeps a copy to print with WeasyPrint and look at.
        if let preview = ProcessInfo.processInfo.environment["RME_RENDER_PREVIEW"], !preview.isEmpty {
            for file in files {
                try Rendered.write(String(decoding: file.data, as: UTF8.self), to: file.path, under: URL(fileURLWithPath: preview))
            }
        }
    }

    @Test func writesTheBookletAndItsStylesheetsUnderTheEditionFolder() {
        #expect(files.map(\.path) == [
            "2015-2017/booklet.html",
            "2015-2017/css/booklet.css", "2015-2017/css/print.css", "2015-2017/css/screen.css",
            "2015-2017/css/site.css", "2015-2017/css/page.css",
        ])
    }

    @Test func partsComeInTheBookletsOrder() throws {
        let ids = [
            "portada", "creditos", "indice", "agradecimientos",
            "pagina-que-es-una-rme", "pagina-como-funciona", "pagina-que-hace",
            "redes-por-anio", "actores", "principios", "pagina-presentacion",
        ] + edition.experiences.map { "experiencia-\($0.slug)" }
        let positions = try ids.map { id in
            try #require(html.range(of: "id=\"\(id)\"")?.lowerBound, "missing id \(id)")
        }
        #expect(positions == positions.sorted())
    }

    @Test func chaptersRunNorthToSouthWithTheirTitlesAndNetworks() throws {
        #expect(edition.experiences.count == 15)
        #expect(edition.experiences.first?.slug == "arica-y-parinacota")
        #expect(edition.experiences.last?.slug == "magallanes")
        for experience in edition.experiences {
            let title = "Experiencia colaborativa de la Red de Mejoramiento Escolar \(experience.region.titleForm)"
            #expect(html.contains(">\(title.replacingOccurrences(of: "'", with: "&#39;"))</h1>"), "\(experience.slug)")
        }
        #expect(html.components(separatedBy: "<article class=\"chapter").count - 1 == 15)
        #expect(html.contains("Principales aprendizajes y logros de la Red de Mejoramiento Escolar de Iquique"))
        #expect(html.contains("Principales aprendizajes y logros de la Red de Mejoramiento Escolar de Cautín Sur"))
    }

    @Test func contentsLinkEveryRegionToItsChapter() {
        for experience in edition.experiences {
            #expect(html.contains("<a href=\"#experiencia-\(experience.slug)\">\(experience.region.name.replacingOccurrences(of: "'", with: "&#39;"))</a>"))
        }
    }

    @Test func headCarriesLanguageTitleAuthorAndDescriptionButNoDateUnlessGiven() throws {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\">"))
        #expect(html.contains("<title>Experiencias colaborativas en Redes de Mejoramiento Escolar</title>"))
        #expect(html.contains("<meta name=\"author\" content=\"Ministerio de Educación de Chile\">"))
        #expect(html.contains("<meta name=\"description\" content=\"Publicación digital elaborada por profesionales de la Coordinación Nacional de Apoyo a la Mejora Escolar\">"))
        #expect(!html.contains("dcterms.created"))
        let dated = try Rendered.text("2015-2017/booklet.html", in: Rendered.files(edition, generatedAt: "2018-03-01"))
        #expect(dated.contains("<meta name=\"dcterms.created\" content=\"2018-03-01\">"))
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        #expect(try Rendered.files(edition) == files)
    }

    @Test func creditsAndFiguresComeFromEditionYAML() {
        for text in [
            "ISBN: 978-956-292-716-1", "Registro de Propiedad Intelectual: A-289016", "Marzo 2018",
            "Sandra Pavez Avendaño", "Rosa María Lizama Barrientos", "Departamento Diseño Mineduc",
            "Alameda 1371, Santiago de Chile", ">523 RME<", ">505 RME<", ">481 RME<", "Contexto Territorial Local",
        ] {
            #expect(html.contains(text), "\(text)")
        }
    }
}
