import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
import Validation

/// The Word template made from the schema, filled the way a region fills it, and read back by `rme importar`.
@Suite("Word round trip", .enabled(if: WordTools.available, WordTools.absentReason))
struct WordRoundTripTests {
    /// The experience a file decodes to, when it checks without errors.
    static func decoded(_ path: String) throws -> Experience {
        let schema = SchemaLoader.load(contentRoot: Repository.content.path).schema
        let settings = CheckSettings(schema: schema, currentYear: 2026)
        let file = try #require(InputFile.read(path: path))
        let check = Checker.check(file, kind: .experience, settings: settings)
        #expect(!check.diagnostics.containsErrors, "\(path): \(check.diagnostics.map(\.code))")
        return try #require(check.experience)
    }

    @Test("the unfilled template imports with one «Escriba aquí» error per field and per section, and nothing is written")
    func unfilledTemplate() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try await WordTools.template(in: folder)
        let output = folder.url.appendingPathComponent("plantilla.md").path
        let run = await runCLI(["importar", template, "--format", "json", "--contenido", Repository.content.path], environment: WordTools.environment)
        #expect(run.status == 1)
        let schema = SchemaLoader.load(contentRoot: Repository.content.path).schema
        let codes = try Self.codes(run.stdout)
        // Every key but the region (the template without --region leaves it a guide too).
        #expect(codes.filter { $0 == "front-matter.unfilled-guide" }.count == schema.fields.count)
        #expect(codes.filter { $0 == "body.unfilled-guide" }.count == schema.sections.count)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("each of the 15 real experiences, written into the template as Word and imported, checks clean with the same data and the same words")
    func realExperiences() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try await WordTools.template(in: folder)
        let originals = WordTools.experiences
        #expect(originals.count == 15)
        for original in originals {
            let name = original.deletingPathExtension().lastPathComponent
            // Some write a list's values on one line, as people do: the import splits them at commas.
            let document = try WordTools.filled(template, with: original, as: name + ".docx", in: folder,
                                                options: name.hasPrefix("a") ? ["--one-line", "niveles", "--one-line", "dependencia"] : [])
            let imported = folder.url.appendingPathComponent(name + ".md").path
            let run = await runCLI(["importar", document, "--salida", imported, "--contenido", Repository.content.path], environment: WordTools.environment)
            #expect(run.status == 0, "\(name): \(run.stderr)")
            let check = await runCLI(["check", imported], environment: WordTools.environment)
            #expect(check.status == 0, "\(name): \(check.stderr)")

            let before = try Self.decoded(original.path), after = try Self.decoded(imported)
            #expect(after.region == before.region && after.provincia == before.provincia && after.red == before.red && after.desde == before.desde)
            #expect(after.dependencia == before.dependencia && after.niveles == before.niveles && after.localizacion == before.localizacion)
            #expect(after.comunas == before.comunas && after.integrantes == before.integrantes)
            #expect(after.establecimientos == before.establecimientos && after.enfasis == before.enfasis)
            #expect(after.sections.map(\.id) == before.sections.map(\.id))
            let similarity = WordSequence.similarity(
                WordSequence.words(before.sections.map(\.plainText).joined(separator: " ")),
                WordSequence.words(after.sections.map(\.plainText).joined(separator: " ")))
            #expect(similarity >= 0.995, "\(name): \(similarity)")
            #expect(after.sections.map(\.html) == before.sections.map(\.html), "\(name): the sections render differently")
        }
    }

    @Test("--edicion writes into the edition only a clean file, never over a different experience without --reemplazar")
    func intoTheEdition() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        let template = try await WordTools.template(in: folder)
        let original = Repository.content.appendingPathComponent("2015-2017/experiencias/tarapaca.md")
        let document = try WordTools.filled(template, with: original, as: "tarapaca.docx", in: folder)
        let target = content.appendingPathComponent("2015-2017/experiencias/tarapaca.md").path
        let before = try String(contentsOfFile: target, encoding: .utf8)

        // The edition's file is the same experience with transcription comments: a different text.
        let refused = await runCLI(["importar", document, "--edicion", "2015-2017", "--contenido", content.path], environment: WordTools.environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--reemplazar"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == before)

        let replaced = await runCLI(["importar", document, "--edicion", "2015-2017", "--contenido", content.path, "--reemplazar"], environment: WordTools.environment)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stderr.contains("Se escribió \(content.path)/2015-2017/experiencias/tarapaca.md"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) != before)
        let edition = await runCLI(["check", content.appendingPathComponent("2015-2017").path], environment: WordTools.environment)
        #expect(edition.status == 0, "\(edition.stderr)")

        // Imported again: the same text, nothing to replace.
        let again = await runCLI(["importar", document, "--edicion", "2015-2017", "--contenido", content.path], environment: WordTools.environment)
        #expect(again.status == 0)

        // With an error (the template itself), nothing goes into the edition.
        let blank = await runCLI(["plantilla-word", "--region", "maule", "--salida", folder.url.appendingPathComponent("maule.docx").path], environment: WordTools.environment)
        #expect(blank.status == 0)
        let maule = content.appendingPathComponent("2015-2017/experiencias/maule.md").path
        let mauleBefore = try String(contentsOfFile: maule, encoding: .utf8)
        let withErrors = await runCLI(["importar", folder.url.appendingPathComponent("maule.docx").path, "--edicion", "2015-2017", "--contenido", content.path, "--reemplazar"], environment: WordTools.environment)
        #expect(withErrors.status == 1)
        #expect(withErrors.stderr.contains("No se escribió en la edición"))
        #expect(try String(contentsOfFile: maule, encoding: .utf8) == mauleBefore)

        let unknown = await runCLI(["importar", document, "--edicion", "2099", "--contenido", content.path], environment: WordTools.environment)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no hay una edición «2099»"))
    }

    @Test("a template made for a region has its row filled and is named after it; an existing file is never replaced")
    func regionTemplate() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("aysen.docx").path
        let made = await runCLI(["plantilla-word", "--region", "aisen", "--red", "Red Austral", "--salida", path, "--contenido", Repository.content.path], environment: WordTools.environment)
        #expect(made.status == 0, "\(made.stderr)")
        let markdown = folder.url.appendingPathComponent("aysen.md").path
        _ = await runCLI(["importar", path, "--salida", markdown, "--contenido", Repository.content.path], environment: WordTools.environment)
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.contains("region: \"Aysén\""))
        #expect(text.contains("red: \"Red Austral\""))
        #expect(text.contains("## Conformación"))

        let again = await runCLI(["plantilla-word", "--region", "aysen", "--salida", path], environment: WordTools.environment)
        #expect(again.status == 2)
        #expect(again.stderr.contains("ya existe"))
        let unknown = await runCLI(["plantilla-word", "--region", "tarapaka", "--salida", folder.url.appendingPathComponent("x.docx").path], environment: WordTools.environment)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("¿Quiso decir «Tarapacá»?"))
    }

    @Test("the Word template and rme new's skeleton never drift: for the same region and network they get the same diagnostics")
    func sameAsSkeleton() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let edition = folder.url.appendingPathComponent("Content/2099")
        try FileManager.default.createDirectory(at: edition, withIntermediateDirectories: true)
        let new = await runCLI(["new", "los lagos", "--red", "Red Sur", "--edicion", edition.path], environment: WordTools.environment)
        #expect(new.status == 0)
        let skeleton = await runCLI(["check", edition.appendingPathComponent("experiencias/los-lagos.md").path, "--format", "json"],
                                    environment: WordTools.environment)
        let template = folder.url.appendingPathComponent("los-lagos.docx").path
        let made = await runCLI(["plantilla-word", "--region", "los lagos", "--red", "Red Sur", "--salida", template], environment: WordTools.environment)
        #expect(made.status == 0)
        let imported = await runCLI(["importar", template, "--format", "json"], environment: WordTools.environment)
        func summary(_ json: String) throws -> [String] {
            try Self.findings(json).map { "\($0["code"] ?? "")|\($0["message"] ?? "")" }.sorted()
        }
        let expected = try summary(skeleton.stdout)
        #expect(expected.contains { $0.hasPrefix("body.unfilled-guide|") } && expected.contains { $0.hasPrefix("front-matter.unfilled-guide|") })
        #expect(try summary(imported.stdout) == expected)
    }

    /// The `code` of every object of `rme importar --format json`.
    static func codes(_ json: String) throws -> [String] {
        try findings(json).compactMap { $0["code"] as? String }
    }

    /// The objects of `rme importar --format json`.
    static func findings(_ json: String) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(value as? [[String: Any]])
    }
}
