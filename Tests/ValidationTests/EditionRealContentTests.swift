import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("Edition: the real 2015-2017 edition")
struct EditionRealContentTests {
    static let folderPath = Repository.content.appendingPathComponent("2015-2017").path
    /// The codes this suite's rules own: input, YAML, front matter, edition and edition.yaml.
    static let ownPrefixes = ["input.", "yaml.", "front-matter.", "edition.", "edition-file.", "schema."]

    var settings: CheckSettings {
        CheckSettings(schema: SchemaLoader.load(contentRoot: Repository.content.path).schema, currentYear: 2025)
    }

    @Test("no error from the input, front-matter and edition rules; the warnings: the region the 2018 booklet predates (Ñuble), Coquimbo's school «Bernardo O´Higgins»")
    func noErrorsFromTheseRules() async throws {
        let folder = try #require(EditionFolder.scan(path: Self.folderPath))
        let check = try await Checker.check(folder, settings: settings)
        let own = check.diagnostics.filter { diagnostic in Self.ownPrefixes.contains { diagnostic.code.hasPrefix($0) } }
        #expect(own.filter { $0.severity == .error }.isEmpty, "\(own.map { "\($0.file ?? "-"):\($0.range?.start.description ?? "-") \($0.code) \($0.message.es)" })")
        // The school's name is written with an acute accent for the apostrophe, as the source prints it; the
        // spelling check says so (wanted: the content decides whether a school's name follows the region's).
        #expect(own.map(\.code).sorted() == ["edition.missing-regions", "front-matter.region-spelling"])
        #expect(own.first { $0.code == "edition.missing-regions" }?.message.es.hasSuffix(": Ñuble.") == true)
        let spelling = own.first { $0.code == "front-matter.region-spelling" }
        #expect(spelling?.file?.hasSuffix("experiencias/coquimbo.md") == true && spelling?.range?.start.line == 19)
    }

    @Test("once every rule passes, the edition has its 15 experiences north to south and its 4 front pages")
    func editionBuilt() async throws {
        let folder = try #require(EditionFolder.scan(path: Self.folderPath))
        let check = try await Checker.check(folder, settings: settings)
        let errors = check.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            // Another stage's rule still rejects the real edition: say which, so the failure is actionable.
            Issue.record("the real edition has errors: \(errors.map { "\($0.file ?? "-"):\($0.range?.start.description ?? "-") \($0.code)" })")
            return
        }
        let edition = try #require(check.edition)
        #expect(edition.experiences.count == 15)
        #expect(edition.experiences.map(\.region.order) == edition.experiences.map(\.region.order).sorted())
        #expect(edition.experiences.first?.region.name == "Arica y Parinacota")
        #expect(edition.experiences.last?.region.name == "Magallanes")
        #expect(edition.pages.map(\.slug) == ["que-es-una-rme", "como-funciona", "que-hace", "presentacion"])
        #expect(edition.info.publicacionAnio == 2018)
    }

    @Test("every real experience decodes on its own: canonical regions in catalogue order, all eight sections")
    func everyFileDecodes() throws {
        let folder = try #require(EditionFolder.scan(path: Self.folderPath))
        let settings = settings
        let experiences = try folder.experienceFiles.map { path in
            let file = try #require(InputFile.read(path: path))
            let context = DocumentContext(document: LoadedDocument.load(file), kind: .experience, schema: settings.schema)
            return try #require(ExperienceDecoder.decode(context, settings), "\(path)")
        }
        let ordered = experiences.sorted { $0.region.order < $1.region.order }
        #expect(ordered.map(\.region.name) == settings.schema.regions.map(\.region.name).filter { $0 != "Ñuble" })
        #expect(experiences.allSatisfy { $0.sections.map(\.id) == settings.schema.sections.map(\.id) })
        #expect(experiences.allSatisfy { $0.slug == $0.region.slug })
        #expect(experiences.first { $0.region.slug == "magallanes" }?.establecimientos.count == 19)
        #expect(experiences.first { $0.region.slug == "magallanes" }?.dependencia == ["municipal", "particular subvencionado"])
    }

    @Test("every real front page decodes with its title")
    func frontPagesDecode() throws {
        let folder = try #require(EditionFolder.scan(path: Self.folderPath))
        let titles = try folder.pageFiles.map { path in
            let file = try #require(InputFile.read(path: path))
            let context = DocumentContext(document: LoadedDocument.load(file), kind: .frontPage, schema: settings.schema)
            return try #require(FrontPageDecoder.decode(context)).title
        }
        #expect(titles == ["¿Qué es una Red de Mejoramiento Escolar?", "¿Cómo funciona una RME?", "¿Qué hace la RME?", "Presentación de las experiencias"])
    }
}
