import Foundation
import Testing
import TestSupport
@testable import RMECLI

/// Where the built `rme` is: beside the test bundle (the products folder of the build
/// that made these tests), else the newest `.build*/debug/rme` of the checkout.
enum RMEBinary {
    static let url: URL? = {
        let fileManager = FileManager.default
        var folders: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("rme")
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let builds = (try? fileManager.contentsOfDirectory(atPath: Repository.root.path)) ?? []
        let found = builds.filter { $0.hasPrefix(".build") }
            .map { Repository.root.appendingPathComponent($0).appendingPathComponent("debug/rme") }
            .filter { fileManager.isExecutableFile(atPath: $0.path) }
        func modified(_ url: URL) -> Date {
            ((try? fileManager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
        }
        return found.max { modified($0) < modified($1) }
    }()

    static let absentReason = Comment(rawValue:
        "the rme binary was not found beside the test bundle nor in .build*/debug/rme: run `swift build` (or `make test`) first; binary tests skipped")

    /// What one run of the binary printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary with exactly this environment (no terminal), output captured in files; `executable`
    /// runs another program instead (one that starts `rme`, like `setpriv`).
    static func run(_ arguments: [String], environment: [String: String] = [:], workingDirectory: URL? = nil, executable: URL? = nil) throws -> Result {
        let binary = try executable ?? #require(url)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outURL = folder.url.appendingPathComponent("stdout"), errURL = folder.url.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        var env = environment
        // Keep the sanitizer settings of an `make asan` run; nothing else leaks in.
        for (key, value) in ProcessInfo.processInfo.environment where key.hasSuffix("SAN_OPTIONS") {
            env[key] = value
        }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus, stdout: try contents(of: outURL), stderr: try contents(of: errURL))
    }

    /// A file's text. Through a file handle: `Data(contentsOf:)` leaks a buffer on empty
    /// files in this Foundation, which `make asan` would report.
    private static func contents(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
    }
}

/// A few runs of the real `rme` executable: exit codes and standard error as a shell sees them.
@Suite("rme binary", .enabled(if: RMEBinary.url != nil, RMEBinary.absentReason))
struct BinaryTests {
    @Test("--version: exit 0, the version on stdout")
    func version() throws {
        let result = try RMEBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "\(versionLine)\n")
        #expect(result.stderr == "")
    }

    @Test("html of a file with front matter: exit 0, the body's HTML")
    func html() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("tarapaca.md", Samples.experience)
        let result = try RMEBinary.run(["html", path])
        #expect(result.status == 0)
        #expect(result.stdout == Samples.experienceHTML)
        #expect(result.stderr == "")
    }

    @Test("html of a real experience file")
    func realContent() throws {
        let path = Repository.content.appendingPathComponent("2015-2017/experiencias/tarapaca.md").path
        try #require(FileManager.default.fileExists(atPath: path), "Content/2015-2017/experiencias/tarapaca.md is missing")
        let result = try RMEBinary.run(["html", path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<h2>"))
        #expect(!result.stdout.contains("region:"))
        #expect(result.stderr == "")
    }

    @Test("a missing file: exit 2, Spanish on stderr, English under LANG=en_US.UTF-8")
    func missingFile() throws {
        let spanish = try RMEBinary.run(["html", "/nonexistent/arica.md"])
        #expect(spanish.status == 2)
        #expect(spanish.stdout == "")
        #expect(spanish.stderr == "rme: no se pudo leer el archivo /nonexistent/arica.md\n")
        let english = try RMEBinary.run(["html", "/nonexistent/arica.md"], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.status == 2)
        #expect(english.stderr == "rme: could not read the file /nonexistent/arica.md\n")
    }

    @Test("invalid UTF-8: exit 2, file:line:col on stderr")
    func invalidUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("latin1.md", Samples.invalidUTF8)
        let result = try RMEBinary.run(["html", path])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(path):6:7: error: el archivo no está en UTF-8. Guarde el archivo como UTF-8.\n")
    }

    @Test("usage errors: exit 2, nothing on stdout")
    func usageErrors() throws {
        for arguments in [["html"], ["publicar"], ["html", "a.md", "b.md"], ["build", "--limite-pdf", "0"],
                          ["serve", "--limite-pdf", "86401"], ["recepcion", "--limite-pdf", "-5"]] {
            let result = try RMEBinary.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout == "", "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments)")
        }
    }

    @Test("--help: exit 0, Spanish by default, English with --lang en")
    func help() throws {
        let spanish = try RMEBinary.run(["--help"])
        #expect(spanish.status == 0)
        #expect(spanish.stdout.contains("USO: rme"))
        let english = try RMEBinary.run(["--lang", "en", "--help"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("USAGE: rme"))
    }
}
