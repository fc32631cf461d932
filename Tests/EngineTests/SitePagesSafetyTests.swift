import Content
import Foundation
import Rendering
import Testing
import TestSupport
@testable import Engine
@testable import Validation

/// The hostile experience of `Fixtures/hostile-tarapaca.md` (script, handlers, `javascript:` links, HTML in
/// front-matter values), rendered past the checker into every site page: nothing a browser would run.
@Suite("Site pages: hostile content")
struct SitePagesSafetyTests {
    @Test("the home, the region pages, the summary (table, matrix, charts) and the archive hold no script, handler or javascript: address")
    func harmless() async throws {
        let settings = RealContent.settings(contentRoot: Repository.content.path)
        let folder = try #require(EditionFolder.scan(path: Repository.content.path + "/" + RealContent.editionID))
        let real = try #require(try await Checker.check(folder, settings: settings).edition)
        let file = try #require(InputFile.read(path: SafetyTests.fixture))
        let document = LoadedDocument.load(file, sizeLimit: settings.schema.maxFileBytes)
        let decoded = try #require(ExperienceDecoder.decode(DocumentContext(document: document, kind: .experience, schema: settings.schema), settings))
        // Emphases with markup too, so the matrix is drawn from hostile rows.
        let hostile = Experience(
            sourcePath: decoded.sourcePath, slug: decoded.slug, region: decoded.region, provincia: decoded.provincia,
            red: decoded.red, desde: decoded.desde, dependencia: decoded.dependencia + ["<script>x()</script>"],
            niveles: decoded.niveles, localizacion: decoded.localizacion, comunas: decoded.comunas + ["<img src=x onerror=y()>"],
            integrantes: decoded.integrantes, establecimientos: decoded.establecimientos,
            enfasis: ["compartir prácticas"], sections: decoded.sections)
        #expect(hostile.red.contains("<img"))
        let edition = Edition(id: real.id, info: real.info, pages: real.pages,
                              experiences: real.experiences.filter { $0.region != hostile.region } + [hostile])

        let templates = try TemplateLibrary.load(projectTemplates: Repository.root.appendingPathComponent("Templates").path, override: nil)
        let site = SiteRenderer(templates: templates)
        var files = try site.editionHome(of: edition, pdf: BookletPDFFacts(bytes: 175_963, pages: 40, chapterPages: ["experiencia-tarapaca": 13...14]), generatedAt: nil)
        files += try site.regionPages(of: edition, generatedAt: nil)
        files += try site.summaryPage(of: edition, generatedAt: nil)
        files += try site.archiveIndex([ArchiveEntry(id: edition.id, title: edition.info.titulo, period: edition.info.periodo)], regions: edition.experiences.map(\.region.name), generatedAt: nil)
        #expect(files.count >= 19)
        let summary = try #require(files.first { $0.path.hasSuffix("resumen.html") })
        #expect(String(decoding: summary.data, as: UTF8.self).contains("enfasis-tabla"))
        // The one script of the site is the search page's own, from the templates: everything else holds none.
        let searchScript = "<script src=\"js/buscar.js\" defer></script>"
        let searchPage = try #require(files.first { $0.path == "buscar.html" })
        #expect(String(decoding: searchPage.data, as: UTF8.self).components(separatedBy: searchScript).count == 2)
        let script = try Data(contentsOf: Repository.root.appendingPathComponent("Templates/js/buscar.js"))
        #expect(files.first { $0.path == "js/buscar.js" }?.data == Array(script))
        for file in files where !file.path.hasSuffix(".js") {
            var text = String(decoding: file.data, as: UTF8.self)
            if file.path == "buscar.html" { text = text.replacingOccurrences(of: searchScript, with: "") }
            for finding in ExecutableContent.find(in: text, isStyleSheet: file.path.hasSuffix(".css")) {
                Issue.record("\(file.path): \(finding)")
            }
        }
    }
}
