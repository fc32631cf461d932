import Content
import Engine
import Foundation
import Rendering
import TestSupport
import Validation
import WordExchange

@testable import Intake

/// A throwaway project for the intake: the repository's schema and templates, and an edition «2026» made
/// from the real 2015-2017 one without Tarapacá's and Los Lagos' experiences (so a first acceptance makes a
/// file and a later one replaces it), its data folder beside the content.
struct IntakeProject {
    let root: String
    var content: String { root + "/Content" }
    var edition: String { content + "/2026" }
    var data: String { root + "/.rme-recepcion" }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rme-intake-tests-\(UUID().uuidString)").path
        let files = FileManager.default
        try files.createDirectory(atPath: root + "/Content", withIntermediateDirectories: true)
        try files.copyItem(atPath: Repository.content.path + "/schema.yaml", toPath: root + "/Content/schema.yaml")
        try files.copyItem(atPath: Repository.root.path + "/Templates", toPath: root + "/Templates")
        try files.copyItem(atPath: Repository.content.path + "/2015-2017", toPath: root + "/Content/2026")
        let info = try String(contentsOfFile: root + "/Content/2026/edition.yaml", encoding: .utf8)
            .replacingOccurrences(of: "id: \"2015-2017\"", with: "id: \"2026\"")
        try info.write(toFile: root + "/Content/2026/edition.yaml", atomically: true, encoding: .utf8)
        for region in ["tarapaca", "los-lagos"] { try files.removeItem(atPath: root + "/Content/2026/experiencias/\(region).md") }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// The real 2015-2017 experience of a region, a clean file to hand in.
    static func realExperience(_ region: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Repository.content.appendingPathComponent("2015-2017/experiencias/\(region).md")))
    }

    /// The edition as `rme recepcion` collects it.
    func collected(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CollectedEdition {
        let schema = SchemaLoader.load(contentRoot: content).schema
        let templates = try TemplateLibrary.load(projectTemplates: root + "/Templates", override: nil)
        return CollectedEdition(
            id: "2026", contentRoot: content, settings: CheckSettings(schema: schema, currentYear: 2026), templates: templates,
            pandoc: Pandoc.locate(environment: environment))
    }

    /// The service on a free loopback port, without printed previews unless `prints`.
    func start(prints: Bool = false, requestsPerMinute: Int = 10_000, maxUploadBytes: Int = 10_000_000) async throws -> RunningIntake {
        let environment = ProcessInfo.processInfo.environment
        let store = try IntakeStore(folder: data)
        let options = IntakeService.Options(
            host: "127.0.0.1", port: 0, requestsPerMinute: requestsPerMinute, maxUploadBytes: maxUploadBytes, environment: environment,
            pdfEngine: prints ? PDFEngine.locate(environment: environment) : nil)
        let service = try IntakeService(edition: try collected(environment: environment), store: store, options: options)
        let started = try await service.start()
        return RunningIntake(service: service, store: store, address: started.address, recovered: started.recovered)
    }
}

/// A started service, its store and the address it answers on.
struct RunningIntake {
    let service: IntakeService
    let store: IntakeStore
    let address: String
    let recovered: [String]

    func stop() async { await service.stop() }

    /// A browser signed in with a fresh invitation for `region` (the editor's when `nil`).
    func signedIn(_ region: String?) async throws -> Browser {
        let browser = Browser(address: address)
        let (code, _) = try store.invite(region == nil ? .editor : .region, region: region)
        try await browser.signIn(code: code)
        return browser
    }
}
