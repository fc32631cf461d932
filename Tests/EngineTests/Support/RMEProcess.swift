import Foundation
import Testing
import TestSupport

/// The built `rme` executable, run as a shell would run it: in a folder, with an environment, killable.
enum RMEProcess {
    /// Beside the test bundle (the products folder of the build that made these tests), else the newest `.build*/debug/rme`.
    static let url: URL? = {
        let fileManager = FileManager.default
        var folders: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        for folder in folders {
            let candidate = folder.appendingPathComponent("rme")
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let builds = ((try? fileManager.contentsOfDirectory(atPath: Repository.root.path)) ?? []).filter { $0.hasPrefix(".build") }
        let found = builds.map { Repository.root.appendingPathComponent($0).appendingPathComponent("debug/rme") }
            .filter { fileManager.isExecutableFile(atPath: $0.path) }
        /// When a file was last changed; the newest binary is the one to test.
        func modified(_ url: URL) -> Date {
            ((try? fileManager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
        }
        return found.max { modified($0) < modified($1) }
    }()

    static let absentReason = Comment(rawValue:
        "the rme binary was not found beside the test bundle nor in .build*/debug/rme: run `swift build` (or `make test`) first; binary tests skipped")

    /// A running `rme`, its output going to files in `folder`.
    struct Running {
        let process: Process
        let folder: URL

        var pid: Int32 { process.processIdentifier }

        /// Waits for the end and returns what it printed.
        func finish() -> Finished {
            process.waitUntilExit()
            defer { try? FileManager.default.removeItem(at: folder) }
            return Finished(
                status: process.terminationStatus,
                reason: process.terminationReason,
                stdout: (try? String(contentsOf: folder.appendingPathComponent("stdout"), encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOf: folder.appendingPathComponent("stderr"), encoding: .utf8)) ?? "")
        }

        /// SIGKILL: no handler, no clean-up, as when the machine or a user kills it hard.
        func kill() -> Finished {
            _ = Foundation.kill(pid, SIGKILL)
            return finish()
        }
    }

    /// What one run printed and how it ended.
    struct Finished {
        let status: Int32
        let reason: Process.TerminationReason
        let stdout: String
        let stderr: String
    }

    /// Starts `rme arguments` in `directory` with exactly `environment` (plus a basic PATH unless given).
    static func start(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Running {
        let binary = try #require(url)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rme-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder.appendingPathComponent("stdout").path, contents: nil)
        FileManager.default.createFile(atPath: folder.appendingPathComponent("stderr").path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = environment
        if env["PATH"] == nil { env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin" }
        for (key, value) in ProcessInfo.processInfo.environment where key.hasSuffix("SAN_OPTIONS") { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
        try process.run()
        return Running(process: process, folder: folder)
    }

    /// Runs `rme arguments` to the end.
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Finished {
        try start(arguments, in: directory, environment: environment).finish()
    }
}
