import Foundation
import Testing
import TestSupport
import Validation
@testable import RMECLI

/// `rme new`: the skeleton's place and content, what `rme check` says of it, refusals.
@Suite("rme new")
struct NewCommandTests {
    /// A content folder with one empty edition (its `edition.yaml` copied from the real one).
    struct Workspace {
        let folder: TemporaryFolder
        var content: String { folder.url.appendingPathComponent("Content").path }
        var edition: String { content + "/2099" }

        init() throws {
            folder = try TemporaryFolder()
            try FileManager.default.createDirectory(atPath: content + "/2099", withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: CheckFixtures.realEdition + "/edition.yaml", toPath: content + "/2099/edition.yaml")
        }
    }

    /// Parses `--format json` output.
    func diagnostics(_ run: CLIRun) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    }

    @Test("writes <edición>/experiencias/<slug>.md for a region written loosely, with the canonical name filled in")
    func writesSkeleton() async throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let run = await runCapturing(["new", "Región del Bío-Bío", "--edicion", workspace.edition])
        #expect(run.status == 0)
        let path = workspace.edition + "/experiencias/biobio.md"
        #expect(run.stdout.contains("Se creó \(path)"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("---\nregion: \"Biobío\"\n"))

        let schema = Schema.builtIn
        for field in schema.fields { #expect(text.contains("\n\(field.name):"), "key \(field.name) missing") }
        for section in schema.sections { #expect(text.contains("\n## \(section.heading)\n"), "section \(section.heading) missing") }
        // Each section holds its guide as the schema words it.
        for section in schema.sections {
            #expect(text.contains(UnfilledGuide.opening + " " + section.guide.prefix(20)), "guide of \(section.id) missing")
        }
        // Headings in the schema's order.
        let positions = schema.sections.compactMap { text.range(of: "\n## \($0.heading)\n")?.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test("--red fills the network's name, quoted so YAML reads it as text whatever it holds")
    func networkName() async throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let run = await runCapturing(["new", "tarapaca", "--red", "Red \"Norte\": no # 2015", "--edicion", workspace.edition])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: workspace.edition + "/experiencias/tarapaca.md", encoding: .utf8)
        #expect(text.contains("\nred: \"Red \\\"Norte\\\": no # 2015\"\n"))
    }

    @Test("rme check accepts the skeleton's structure: exit 1, and every error is an unfilled guide")
    func checkReportsOnlyGuides() async throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        #expect(await runCapturing(["new", "atacama", "--edicion", workspace.edition]).status == 0)
        let path = workspace.edition + "/experiencias/atacama.md"
        let run = await runCapturing(["check", path, "--format", "json"])
        #expect(run.status == 1)
        let errors = try diagnostics(run).filter { $0["severity"] as? String == "error" }
        let codes = errors.compactMap { $0["code"] as? String }
        #expect(codes.allSatisfy { $0.hasSuffix("unfilled-guide") }, "structural errors in a fresh skeleton: \(codes)")

        // One error per guide: every section of the body, and every front-matter key but `region`.
        let schema = Schema.builtIn
        let bodyGuides = errors.filter { $0["code"] as? String == "body.unfilled-guide" }
        #expect(bodyGuides.count == schema.sections.count)
        let lines = Set(bodyGuides.compactMap { $0["line"] as? Int })
        #expect(lines.count == schema.sections.count)
        let frontMatterGuides = errors.filter { ($0["code"] as? String)?.hasPrefix("front-matter.") == true }
        #expect(frontMatterGuides.count == schema.fields.count - 1)
    }

    @Test("the number of guides announced is what the file holds")
    func guideCount() throws {
        let schema = Schema.builtIn
        let region = try #require(schema.region(matching: "maule"))
        let skeleton = ExperienceSkeleton(schema: schema, region: region, network: "Red del Maule")
        #expect(skeleton.guideCount == schema.fields.count - 2 + schema.sections.count)
        let occurrences = skeleton.text.components(separatedBy: UnfilledGuide.opening).count - 1
        #expect(occurrences == skeleton.guideCount)
    }

    @Test("refuses to overwrite an existing file: exit 2, Spanish message, file untouched")
    func refusesToOverwrite() async throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let folder = workspace.edition + "/experiencias"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/maule.md"
        try Data("mi texto\n".utf8).write(to: URL(fileURLWithPath: path))
        let run = await runCapturing(["new", "maule", "--edicion", workspace.edition])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("ya existe «\(path)»"))
        #expect(run.stderr.contains("no sobrescribe"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mi texto\n")
    }

    @Test("an unknown region: exit 2, a did-you-mean and the list of regions")
    func unknownRegion() async throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let run = await runCapturing(["new", "Tarapaka", "--edicion", workspace.edition])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no se reconoce la región «Tarapaka»"))
        #expect(run.stderr.contains("¿Quiso decir «Tarapacá»?"))
        #expect(run.stderr.contains("Regiones: Arica y Parinacota, Tarapacá,"))
        let english = await runCapturing(["new", "Tarapaka", "--edicion", workspace.edition, "--lang", "en"])
        #expect(english.stderr.contains("Did you mean «Tarapacá»?"))
        #expect(!FileManager.default.fileExists(atPath: workspace.edition + "/experiencias"))
    }

    @Test("a missing --edicion folder: exit 2, nothing created")
    func missingEdition() async throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let run = await runCapturing(["new", "maule", "--edicion", workspace.content + "/2100"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no hay una edición «\(workspace.content)/2100»"))
        #expect(!FileManager.default.fileExists(atPath: workspace.content + "/2100"))
    }

    @Test("--edicion takes an edition's id under --contenido, as in every other command (a folder path still works)")
    func editionByID() async throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let run = await runCapturing(["new", "maule", "--edicion", "2099", "--contenido", workspace.content])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.edition + "/experiencias/maule.md"))
        let unknown = await runCapturing(["new", "maule", "--edicion", "2100", "--contenido", workspace.content])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no hay una edición «2100» en «\(workspace.content)». Ediciones: 2099."))
    }

    @Test("every region's skeleton checks with nothing but its guides as errors")
    func everyRegion() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let schema = Schema.builtIn
        var guides = 0
        for spec in schema.regions {
            let skeleton = ExperienceSkeleton(schema: schema, region: spec, network: nil)
            #expect(skeleton.text.contains("region: \"\(spec.region.name)\""))
            _ = try folder.write(spec.region.slug + ".md", skeleton.text)
            guides += skeleton.guideCount
        }
        let run = await runCapturing(["check", folder.url.path, "--format", "json"])
        #expect(run.status == 1)
        let errors = try diagnostics(run).filter { $0["severity"] as? String == "error" }
        let codes = Set(errors.compactMap { $0["code"] as? String })
        #expect(codes.allSatisfy { $0.hasSuffix("unfilled-guide") }, "structural errors: \(codes)")
        #expect(errors.count == guides)
    }
}
