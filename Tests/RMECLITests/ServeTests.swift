import Foundation
import Testing
import TestSupport

/// `rme serve` as a process: an editor's loop in a real headless Chromium (through
/// `scripts/serve-browser-check.py`), and what the terminal says when the port is taken and on Ctrl-C.
@Suite("rme serve", .enabled(if: RMEBinary.url != nil, RMEBinary.absentReason))
struct ServeTests {
    static let script = Repository.root.appendingPathComponent("scripts/serve-browser-check.py").path

    /// Whether selenium, Chromium and its driver are installed (the script says what is missing otherwise).
    static let browserAvailable: Bool = {
        (try? run("/usr/bin/env", ["python3", script, "--tools"]).status) == 0
    }()

    static let browserAbsentReason = Comment(rawValue:
        "the browser check needs python3 with selenium and Debian's chromium and chromium-driver (`scripts/install-deps.sh accessibility`, run by `make test`): test skipped")

    /// One step the script reports.
    struct Step: Decodable {
        let name: String
        let ok: Bool
        let detail: String
    }

    struct Report: Decodable {
        let url: String?
        let steps: [Step]
    }

    @Test("in Chromium: an edit shows without a manual reload at the same scroll, a broken front matter brings the overlay with file, line and Spanish message over the last good page, the fix takes it away, a stylesheet restyles in place, traversal is 404, Ctrl-C stops cleanly",
          .enabled(if: browserAvailable, browserAbsentReason))
    func editorsLoopInABrowser() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.copyProject(into: folder)
        let result = try Self.run("/usr/bin/env", ["python3", Self.script, RMEBinary.url!.path, folder.url.path])
        #expect(result.status == 0, "the script failed: \(result.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.steps.map(\.name) == ["start", "open", "edit", "break", "hide", "fix", "restyle", "traversal", "stop"],
                "steps run: \(report.steps.map(\.name)); \(report.steps.last?.detail ?? "")")
        for step in report.steps {
            #expect(step.ok, "step «\(step.name)» failed: \(step.detail)")
        }
    }

    @Test("a second rme serve on a busy port says so in Spanish and suggests --puerto; the first stops on SIGINT with status 0")
    func busyPortAndInterrupt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.copyProject(into: folder)
        let content = folder.url.appendingPathComponent("Content").path
        let first = try Self.start([content, "--puerto", "0", "--sin-pdf"], in: folder)
        defer { if first.process.isRunning { first.process.terminate() } }
        let address = try #require(first.waitForAddress(), "the first server never said where it listens: \(first.errors())")
        let port = try #require(address.split(separator: ":").last.map { String($0.filter(\.isNumber)) })

        let second = try RMEBinary.run(["serve", content, "--puerto", port, "--sin-pdf"], environment: ["LANG": "es_CL.UTF-8"])
        #expect(second.status == 2)
        #expect(second.stderr.contains("el puerto \(port) ya está en uso"), "stderr: \(second.stderr)")
        #expect(second.stderr.contains("--puerto"))

        kill(first.process.processIdentifier, SIGINT)
        first.process.waitUntilExit()
        #expect(first.process.terminationStatus == 0)
        #expect(first.errors().contains("Servidor detenido."), "stderr: \(first.errors())")
    }

    /// Copies the real `Content/` and `Templates/` into `folder`.
    static func copyProject(into folder: TemporaryFolder) throws {
        for name in ["Content", "Templates"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
    }

    /// A running `rme serve`, its standard output and error collected in files.
    struct Server {
        let process: Process
        let output: URL
        let error: URL

        /// The address it printed, once it has (within a minute).
        func waitForAddress() -> String? {
            for _ in 0..<600 {
                let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
                if let range = text.range(of: "http://") {
                    return String(text[range.lowerBound...].prefix { !$0.isWhitespace })
                }
                if !process.isRunning { return nil }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return nil
        }

        func errors() -> String { (try? String(contentsOf: error, encoding: .utf8)) ?? "" }
    }

    /// `rme serve` (or another long-running `command`) with `arguments`, its output in files of `folder`.
    static func start(_ arguments: [String], in folder: TemporaryFolder, command: [String] = ["serve"]) throws -> Server {
        let output = folder.url.appendingPathComponent("serve.out"), error = folder.url.appendingPathComponent("serve.err")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        FileManager.default.createFile(atPath: error.path, contents: nil)
        let process = Process()
        process.executableURL = RMEBinary.url!
        process.arguments = command + arguments
        process.environment = ["LANG": "es_CL.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: error)
        try process.run()
        return Server(process: process, output: output, error: error)
    }

    /// Runs a program to its end, output collected through files.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("out"), error = folder.url.appendingPathComponent("err")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        FileManager.default.createFile(atPath: error.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: error)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus,
                (try? String(contentsOf: output, encoding: .utf8)) ?? "", (try? String(contentsOf: error, encoding: .utf8)) ?? "")
    }
}
