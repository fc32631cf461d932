import Engine
import Foundation
import Testing
import TestSupport
import Validation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `rme serve` as a process (its own threads: the tests around it cannot starve it), over real HTTP on
/// loopback, on a copy of the real project.
@Suite("rme serve over HTTP", .enabled(if: RMEBinary.url != nil, RMEBinary.absentReason))
struct ServeProcessTests {
    @Test("every file rme build writes is served at the same path with the same bytes (pages with the live script added), no-store, with its type")
    func servesWhatBuildWrites() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let output = project.path("Output")
        let built = try await BuildPipeline(request: project.request(output: output)).run()
        guard case .built = built else { Issue.record("the real content does not build"); return }
        let preview = try await project.start()
        defer { preview.stop() }

        let written = try regularFiles(under: output).filter { $0 != "LEEME.txt" && !$0.hasPrefix(".") }
        #expect(written.count > 20)
        for path in written {
            let (body, response) = try await HTTP.get(preview.url + path)
            #expect(response.statusCode == 200, "\(path): \(response.statusCode)")
            #expect(response.value(forHTTPHeaderField: "Cache-Control") == "no-store")
            let expected = try Data(contentsOf: URL(fileURLWithPath: output + "/" + path))
            if path.hasSuffix(".html") {
                #expect(response.value(forHTTPHeaderField: "Content-Type") == "text/html; charset=utf-8")
                let text = String(decoding: body, as: UTF8.self)
                #expect(text.contains("<script src=\"/__rme/live.js\""), "\(path) has no live script")
                let stripped = text.replacingOccurrences(of: #"<script src="/__rme/live.js" data-rme-version="[0-9]+"></script>"#, with: "", options: .regularExpression)
                #expect(stripped == String(decoding: expected, as: UTF8.self), "\(path) differs from rme build's")
            } else {
                #expect(body == expected, "\(path) differs from rme build's")
            }
            if path.hasSuffix(".css") { #expect(response.value(forHTTPHeaderField: "Content-Type") == "text/css; charset=utf-8") }
        }
        #expect(!FileManager.default.fileExists(atPath: output + "/__rme"), "rme build must never write the live script")
        let (_, missing) = try await HTTP.get(preview.url + "2015-2017/regiones/no-existe.html")
        #expect(missing.statusCode == 404)
    }

    @Test("an experience folder deleted and made again keeps being watched: the change in it is served")
    func recreatedFolderIsWatched() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let preview = try await project.start()
        defer { preview.stop() }
        let folder = project.path("Content/2015-2017/experiencias")
        let aside = project.path("experiencias-aparte")
        try FileManager.default.copyItem(atPath: folder, toPath: aside)
        try FileManager.default.removeItem(atPath: folder)
        // An edition without experiences is an error: the problem is shown over the last good pages.
        let reported = try await preview.waitForPage("__rme/problemas.json") { $0.contains("edition.no-experiences") }
        #expect(reported, "the edition left without experiences was not reported")

        // A new folder (a new inode: the old watch died with the old one), seen through its parent's watch...
        try FileManager.default.copyItem(atPath: aside, toPath: folder)
        let cleared = try await preview.waitForPage("__rme/problemas.json") { !$0.contains("edition.no-experiences") }
        #expect(cleared, "the re-created folder was not seen")
        // ...and then watched itself: a later edit inside it is served.
        let file = folder + "/tarapaca.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "## Conformación\n", with: "## Conformación\n\nCarpeta vuelta a crear 9182.\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let shown = try await preview.waitForPage("2015-2017/regiones/tarapaca.html") { $0.contains("Carpeta vuelta a crear 9182.") }
        #expect(shown)
    }

    @Test("a template that does not compile and a schema that does not load are shown with their file, and go once fixed; the last good page stays")
    func templateAndSchemaErrors() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let preview = try await project.start()
        defer { preview.stop() }
        let (before, _) = try await HTTP.get(preview.url + "2015-2017/regiones/tarapaca.html")

        let template = project.path("Templates/chapter.mustache")
        let original = try String(contentsOfFile: template, encoding: .utf8)
        try (original + "{{#sin_cerrar}}").write(toFile: template, atomically: true, encoding: .utf8)
        #expect(try await preview.waitForProblem { $0.contains("chapter.mustache") }, "the template error is not shown with its file")
        let (during, response) = try await HTTP.get(preview.url + "2015-2017/regiones/tarapaca.html")
        #expect(response.statusCode == 200)
        #expect(Self.withoutScript(during) == Self.withoutScript(before), "the last good page must stay")
        try original.write(toFile: template, atomically: true, encoding: .utf8)
        #expect(try await preview.waitForState { ($0["problems"] as? [[String: Any]])?.contains { ($0["severity"] as? String) == "error" } == false })

        let schema = project.path("Content/schema.yaml")
        let schemaText = try String(contentsOfFile: schema, encoding: .utf8)
        try (schemaText + "\n: [sin cerrar\n").write(toFile: schema, atomically: true, encoding: .utf8)
        #expect(try await preview.waitForProblem { $0.contains("schema.yaml:") }, "the schema error is not shown at its line")
        try schemaText.write(toFile: schema, atomically: true, encoding: .utf8)
        #expect(try await preview.waitForState { ($0["problems"] as? [[String: Any]])?.contains { ($0["severity"] as? String) == "error" } == false })
    }

    @Test("the print view prints the booklet once the content is quiet, serves the PDF, and prints one chapter alone",
          .enabled(if: PDFEngine.locate(environment: ProcessInfo.processInfo.environment)?.kind == .weasyprint,
                   "WeasyPrint is not installed (`scripts/install-deps.sh pdf`, run by `make test`): test skipped"))
    func printView() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let preview = try await project.start(prints: true)
        defer { preview.stop() }
        let printed = try await preview.waitForState(seconds: 600) { state in
            ((state["prints"] as? [String: [String: Any]])?["2015-2017"]?["state"] as? String) == "al-dia"
        }
        #expect(printed, "the booklet was never printed")
        let (viewer, viewerResponse) = try await HTTP.get(preview.url + "__rme/impresion/2015-2017/")
        #expect(viewerResponse.statusCode == 200)
        #expect(String(decoding: viewer, as: UTF8.self).contains("capitulo/tarapaca.pdf"))
        let (pdf, response) = try await HTTP.get(preview.url + "__rme/impresion/2015-2017/booklet.pdf")
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "application/pdf")
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let (chapter, _) = try await HTTP.get(preview.url + "__rme/impresion/2015-2017/capitulo/tarapaca.pdf", timeout: 300)
        #expect(chapter.starts(with: Data("%PDF-".utf8)))
        #expect(chapter.count < pdf.count / 4, "one chapter alone must be a fraction of the booklet (\(chapter.count) of \(pdf.count) bytes)")
        let (_, unknown) = try await HTTP.get(preview.url + "__rme/impresion/2015-2017/capitulo/no-existe.pdf")
        #expect(unknown.statusCode == 404)
    }

    static func withoutScript(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: #"<script src="/__rme/live.js" data-rme-version="[0-9]+"></script>"#, with: "", options: .regularExpression)
    }
}

/// A copy of the real `Content/` and `Templates/` a test may change.
struct ScratchProject {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rme-serve-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for name in ["Content", "Templates"] {
            try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent(name).path, toPath: root + "/" + name)
        }
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    func request(output: String) -> BuildRequest {
        let schema = SchemaLoader.load(contentRoot: path("Content")).schema
        return BuildRequest(
            contentRoot: path("Content"), outputPath: output, templatesFolder: path("Templates"),
            settings: CheckSettings(schema: schema, currentYear: Calendar(identifier: .gregorian).component(.year, from: Date())))
    }

    /// `rme serve` of the project on a free loopback port, once it says where it listens.
    func start(prints: Bool = false) async throws -> RunningPreview {
        let output = URL(fileURLWithPath: path("serve.out")), error = URL(fileURLWithPath: path("serve.err"))
        FileManager.default.createFile(atPath: output.path, contents: nil)
        FileManager.default.createFile(atPath: error.path, contents: nil)
        let process = Process()
        process.executableURL = RMEBinary.url!
        process.arguments = ["serve", path("Content"), "--puerto", "0"] + (prints ? [] : ["--sin-pdf"])
        process.environment = ["LANG": "es_CL.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: error)
        try process.run()
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline, process.isRunning {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: "http://") {
                return RunningPreview(process: process, url: String(text[range.lowerBound...].prefix { !$0.isWhitespace }))
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        process.terminate()
        throw NotListening(errors: (try? String(contentsOf: error, encoding: .utf8)) ?? "")
    }

    struct NotListening: Error, CustomStringConvertible {
        let errors: String
        var description: String { "rme serve never said where it listens: \(errors)" }
    }
}

/// A running `rme serve`, and ways to wait for what it shows. Each wait polls until a deadline and looks
/// once more after it, so a test starved of threads by its neighbours still sees a late answer.
struct RunningPreview {
    let process: Process
    let url: String

    /// Ctrl-C, and the end of the process.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
    }

    /// Polls the state until `condition` holds or `seconds` pass; whether it held.
    func waitForState(seconds: Double = 120, _ condition: ([String: Any]) -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let (body, _) = try await HTTP.get(url + "__rme/estado.json")
            if let state = try JSONSerialization.jsonObject(with: body) as? [String: Any], condition(state) { return true }
            try await Task.sleep(for: .milliseconds(100))
        } while Date() < deadline
        return false
    }

    /// Waits for a problem whose text satisfies `condition`.
    func waitForProblem(_ condition: @escaping (String) -> Bool) async throws -> Bool {
        try await waitForState { state in
            (state["problems"] as? [[String: Any]])?.contains { condition($0["text"] as? String ?? "") } == true
        }
    }

    /// Waits until `path` answers with `status`.
    func waitForStatus(_ path: String, _ status: Int, seconds: Double = 120) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if try await HTTP.get(url + path).1.statusCode == status { return true }
            try await Task.sleep(for: .milliseconds(100))
        } while Date() < deadline
        return false
    }

    /// Waits for a page whose text satisfies `condition`.
    func waitForPage(_ path: String, seconds: Double = 120, _ condition: (String) -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let (body, response) = try await HTTP.get(url + path)
            if response.statusCode == 200, condition(String(decoding: body, as: UTF8.self)) { return true }
            try await Task.sleep(for: .milliseconds(100))
        } while Date() < deadline
        return false
    }
}

/// GET over real HTTP.
enum HTTP {
    static func get(_ address: String, timeout: TimeInterval = 30) async throws -> (Data, HTTPURLResponse) {
        var request = URLRequest(url: URL(string: address.replacingOccurrences(of: " ", with: "%20"))!)
        request.timeoutInterval = timeout
        let (data, response) = try await URLSession.shared.data(for: request)
        return (data, response as! HTTPURLResponse)
    }
}
