import Foundation
import Engine
import Testing
import TestSupport

/// Two builds shared by the site-page suites, made once per test run: the real content, and a fixture edition
/// (the real one with a second Los Ríos network and `enfasis` declared in three files, PDF printed by a stand-in).
enum SitePagesBuild {
    /// A finished build: its output folder.
    struct Built: Sendable {
        let output: String

        /// A file of the output as text.
        func text(_ relative: String) throws -> String {
            try String(contentsOfFile: output + "/" + relative, encoding: .utf8)
        }

        /// Every HTML page of the output, relative paths sorted.
        var pages: [String] {
            let root = URL(fileURLWithPath: output)
            let walker = FileManager.default.enumerator(atPath: root.path)
            return (walker?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".html") }.sorted()
        }
    }

    /// A failure kept as text, so the shared value is Sendable.
    struct Failure: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    /// Figures of the real edition counted by hand from the 15 files' `establecimientos` lists
    /// (the count per region is written out in Tests/RenderingTests/SummaryRealEditionTests.swift).
    static let realNetworks = 15
    static let realSchools = 134
    static let realMean = "8,9"

    /// The real content built without PDF.
    static func real() async throws -> Built { try await realBuild.value.get() }

    /// The fixture content built with a stand-in PDF engine.
    static func fixture() async throws -> Built { try await fixtureBuild.value.get() }

    /// The second Los Ríos network of the fixture: its file, name, provincia and three schools.
    static let secondLosRios = (file: "los-rios-valdivia.md", red: "Red de Liceos de Valdivia", provincia: "Valdivia",
                                schools: ["Liceo Uno de Valdivia", "Liceo Dos de Valdivia", "Liceo Tres de Valdivia"])

    /// The emphases the fixture declares, by experience file.
    static let fixtureEnfasis = [
        "tarapaca.md": "[compartir prácticas, compartir aprendizajes]",
        "atacama.md": "[transmisión de información]",
        "maule.md": "[obtención de recursos, formación y desarrollo de capacidades]",
    ]

    private static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rme-site-pages-\(getpid())").path

    private static let realBuild = Task { () -> Result<Built, Failure> in
        removeLeftovers()
        return await build(RealContent.request(output: folder + "/real/Output"))
    }

    private static let fixtureBuild = Task { () -> Result<Built, Failure> in
        removeLeftovers()
        do {
            let content = try makeFixtureContent(at: folder + "/fixture/Content")
            let engine = try standInPDFEngine(at: folder + "/fixture/bin")
            var request = RealContent.request(contentRoot: content, output: folder + "/fixture/Output", pdf: true)
            request.pdfEngine = engine
            return await build(request)
        } catch {
            return .failure(Failure(description: "could not make the fixture content: \(error)"))
        }
    }

    /// Runs a build; a rejection or an error becomes a failure naming its diagnostics.
    private static func build(_ request: BuildRequest) async -> Result<Built, Failure> {
        do {
            let outcome = try await BuildPipeline(request: request).run()
            guard let report = outcome.report else {
                return .failure(Failure(description: "the build was rejected:\n" + outcome.rejectionSummary))
            }
            return .success(Built(output: report.output))
        } catch let error as BuildError {
            return .failure(Failure(description: error.message.en))
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }

    /// The real content, copied, with several networks per region allowed, a second Los Ríos network
    /// (a copy of los-rios.md with another name, provincia and three schools) and `enfasis` in three files.
    static func makeFixtureContent(at path: String) throws -> String {
        let manager = FileManager.default
        try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try manager.copyItem(atPath: Repository.content.path, toPath: path)
        try edit(path + "/schema.yaml", replacing: "una_por_region: true", with: "una_por_region: false")
        let experiences = path + "/\(RealContent.editionID)/experiencias/"
        var second = try String(contentsOfFile: experiences + "los-rios.md", encoding: .utf8)
        second = try replacing(second, "provincia: Ranco", "provincia: \(secondLosRios.provincia)")
        second = try replacing(second, "red: Red de Escuelas Urbanas Completas de Río Bueno", "red: \(secondLosRios.red)")
        second = try replacing(second, "  - Río Bueno\n  - Pampa Ríos\n  - Patricio Lynch\n  - Crucero\n  - Colonia Diumen\n",
                               secondLosRios.schools.map { "  - \($0)\n" }.joined())
        try second.write(toFile: experiences + secondLosRios.file, atomically: true, encoding: .utf8)
        for (file, enfasis) in fixtureEnfasis {
            try edit(experiences + file, replacing: "\ndesde: 2015\n", with: "\ndesde: 2015\nenfasis: \(enfasis)\n")
        }
        return path
    }

    /// A WeasyPrint stand-in that writes a one-line PDF where it is asked to.
    private static func standInPDFEngine(at bin: String) throws -> PDFEngine {
        PDFEngine(kind: .weasyprint, executable: try StandInPDFEngine.install(in: bin))
    }

    /// Rewrites a file with one text replaced; an error if the text is not there (the real content changed).
    static func edit(_ file: String, replacing old: String, with new: String) throws {
        try replacing(try String(contentsOfFile: file, encoding: .utf8), old, new).write(toFile: file, atomically: true, encoding: .utf8)
    }

    /// `text` with `old` replaced, or an error naming what was not found.
    static func replacing(_ text: String, _ old: String, _ new: String) throws -> String {
        guard text.contains(old) else { throw Failure(description: "«\(old)» not found") }
        return text.replacingOccurrences(of: old, with: new)
    }

    /// Shared builds of earlier test runs whose process is gone.
    private static func removeLeftovers() {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        where name.hasPrefix("rme-site-pages-") {
            guard let pid = Int32(name.dropFirst("rme-site-pages-".count)), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }
}
