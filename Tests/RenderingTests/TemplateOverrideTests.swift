import Content
import Foundation
@testable import Rendering
import Testing
import TestSupport

/// `--templates DIR`: any template or stylesheet replaced by file name, without recompiling; errors name file and line.
@Suite struct TemplateOverrideTests {
    let edition = FixtureEdition.edition([FixtureEdition.experience()])

    @Test func anOverriddenTemplateReplacesTheProjectOne() throws {
        let folder = try Rendered.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Rendered.write("<article class=\"mine\" id=\"{{id}}\"><h1>{{title}}</h1>{{>partials/mine}}</article>\n", to: "chapter.mustache", under: folder)
        try Rendered.write("<p>{{network}}</p>", to: "partials/mine.mustache", under: folder)
        let html = try Rendered.text("prueba/booklet.html", in: Rendered.files(edition, override: folder.path))
        #expect(html.contains("<article class=\"mine\" id=\"experiencia-tarapaca\"><h1>Experiencia colaborativa de la Red de Mejoramiento Escolar de Tarapacá</h1><p>Red de prueba</p></article>"))
        #expect(!html.contains("chapter-facts"))
        // The other templates are still the project's.
        #expect(html.contains("<section class=\"cover\" id=\"portada\">"))
    }

    @Test func aProjectTemplatesFolderThatIsASymlinkIsStillRead() throws {
        let folder = try Rendered.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("Templates")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: Repository.root.appendingPathComponent("Templates"))
        let linked = try TemplateLibrary.load(projectTemplates: link.path, override: nil)
        let direct = try TemplateLibrary.load(projectTemplates: Repository.root.appendingPathComponent("Templates").path, override: nil)
        let render = { (library: TemplateLibrary) in try EditionRenderer(templates: library).render(self.edition, generatedAt: nil).map(\.path).sorted() }
        #expect(try render(linked) == render(direct))
    }

    @Test func aStylesheetIsReplacedByItsNameWhereverItSitsInTheOverride() throws {
        let folder = try Rendered.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Rendered.write("/* mine */\nbody { color: black; }\n", to: "print.css", under: folder)
        let files = try Rendered.files(edition, override: folder.path)
        #expect(try Rendered.text("prueba/css/print.css", in: files) == "/* mine */\nbody { color: black; }\n")
        let project = try String(contentsOf: Repository.root.appendingPathComponent("Templates/css/screen.css"), encoding: .utf8)
        #expect(try Rendered.text("prueba/css/screen.css", in: files) == project)
        #expect(!files.map(\.path).contains("prueba/print.css"))
    }

    @Test func aSyntaxErrorNamesTheFileAndLine() throws {
        let folder = try Rendered.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Rendered.write("<article>\n{{#necesidades}}\n<h2>{{heading}}</h2>\n{{/objetivo}}\n</article>\n", to: "chapter.mustache", under: folder)
        let error = try #require(throws: RenderError.self) { try Rendered.library(override: folder.path) }
        #expect(error.file == folder.path + "/chapter.mustache")
        #expect(error.line == 4)
        #expect(error.message.es.contains("no corresponde a la sección abierta"))
        #expect(error.description.hasPrefix(folder.path + "/chapter.mustache:4: "))
    }

    @Test func anUnfinishedTagNamesItsLine() throws {
        let folder = try Rendered.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Rendered.write("<p>\n</p>\n<p>{{title</p>\n", to: "cover.mustache", under: folder)
        let error = try #require(throws: RenderError.self) { try Rendered.library(override: folder.path) }
        #expect(error.file.hasSuffix("/cover.mustache"))
        #expect(error.line == 3)
    }

    @Test func aMissingPartialNamesTheFileAndLineThatAsksForIt() throws {
        let folder = try Rendered.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Rendered.write("<article>\n\n{{> partials/nowhere }}\n</article>\n", to: "chapter.mustache", under: folder)
        let error = try #require(throws: RenderError.self) { try Rendered.library(override: folder.path) }
        #expect(error.file.hasSuffix("/chapter.mustache"))
        #expect(error.line == 3)
        #expect(error.message.es.contains("partials/nowhere"))
    }

    /// Once a stack overflow (SIGSEGV) in `rme build`: a partial including itself, directly or through another.
    @Test func partialsIncludingEachOtherAreATemplateErrorNotACrash() throws {
        let folder = try Rendered.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Rendered.write("<article>{{>partials/a}}</article>\n", to: "chapter.mustache", under: folder)
        try Rendered.write("a\n{{>partials/b}}\n", to: "partials/a.mustache", under: folder)
        try Rendered.write("b\n\n{{#x}}{{>partials/a}}{{/x}}\n", to: "partials/b.mustache", under: folder)
        let error = try #require(throws: RenderError.self) { try Rendered.library(override: folder.path) }
        #expect(error.file.hasSuffix("/partials/a.mustache"))
        #expect(error.line == 2)
        #expect(error.message.es.contains("(partials/a → partials/b → partials/a)"))

        try Rendered.write("{{>yo}}", to: "yo.mustache", under: folder)
        try Rendered.write("b\n", to: "partials/b.mustache", under: folder)
        let itself = try #require(throws: RenderError.self) { try Rendered.library(override: folder.path) }
        #expect(itself.message.es.contains("(yo → yo)"))
        // A partial used twice, or by two templates, is no cycle.
        try Rendered.write("{{>partials/b}}{{>partials/b}}", to: "yo.mustache", under: folder)
        _ = try Rendered.library(override: folder.path)
    }

    @Test func aMissingTemplateIsAnErrorNotAnEmptyPage() throws {
        let folder = try Rendered.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Rendered.write("{{{contentHTML}}}", to: "layout.mustache", under: folder)
        let library = try TemplateLibrary.load(projectTemplates: folder.path, override: nil, includingBuiltIn: false)
        let error = try #require(throws: RenderError.self) {
            try EditionRenderer(templates: library).render(edition, generatedAt: nil)
        }
        #expect(error.file == "cover.mustache" || error.file == "chapter.mustache")
        #expect(error.line == nil)
    }

    @Test func aMissingOverrideFolderIsAnErrorAMissingProjectFolderTheBuiltInTemplates() throws {
        let error = try #require(throws: RenderError.self) {
            try TemplateLibrary.load(projectTemplates: "/nonexistent/rme-templates", override: "/nonexistent/rme-override")
        }
        #expect(error.file == "/nonexistent/rme-override")
        let builtIn = try TemplateLibrary.load(projectTemplates: "/nonexistent/rme-templates", override: nil)
        #expect(builtIn.templateNames.contains("chapter"))
        #expect(builtIn.origins["chapter"] == BuiltInTemplates.originPrefix + "chapter.mustache")
    }

    @Test func partialReferencesAreFoundWithTheirLines() {
        let references = PartialReferences.references(in: "a\n{{>one}}\n\n{{> two }} {{>*dynamic}}\n")
        #expect(references == [.init(name: "one", line: 2), .init(name: "two", line: 4)])
        #expect(PartialReferences.references(in: "{{=<% %>=}}\n<%>one%>").isEmpty)
    }
}
