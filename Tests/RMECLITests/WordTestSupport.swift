import Foundation
import Testing
import TestSupport

/// pandoc and python-docx, which the Word tests need, and the scripts that write Word files with python-docx.
enum WordTools {
    /// Whether pandoc is on `PATH` and `python3` imports docx and yaml.
    static let available: Bool = {
        guard (try? run("/usr/bin/env", ["pandoc", "--version"]).status) == 0 else { return false }
        return (try? run("/usr/bin/env", ["python3", "-c", "import docx, yaml"]).status) == 0
    }()

    static let absentReason = Comment(rawValue:
        "the Word tests need pandoc (Debian) and python3 with python-docx and PyYAML (`scripts/install-deps.sh word`, run by `make test`): test skipped")

    /// The environment the commands run with (pandoc found on `PATH`).
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The real edition's experiences.
    static var experiences: [URL] {
        let folder = Repository.content.appendingPathComponent("2015-2017/experiencias")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// A failed helper run, with what it printed.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs a program to the end; standard output and error in files, so no pipe fills up.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let log = folder.url.appendingPathComponent("log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, String(decoding: FileManager.default.contents(atPath: log.path) ?? Data(), as: UTF8.self))
    }

    /// Runs one of the repository's Python scripts, throwing with its output when it fails.
    static func script(_ name: String, _ arguments: [String]) throws {
        let path = Repository.root.appendingPathComponent("scripts/\(name)").path
        let result = try run("/usr/bin/env", ["python3", path] + arguments)
        guard result.status == 0 else { throw Failure(description: "\(name) failed: \(result.output)") }
    }

    /// The template of the repository's schema, written with `rme plantilla-word` into `folder`.
    static func template(in folder: TemporaryFolder) async throws -> String {
        let path = folder.url.appendingPathComponent("plantilla.docx").path
        let run = await runCLI(["plantilla-word", "--salida", path, "--contenido", Repository.content.path], environment: environment)
        guard run.status == 0 else { throw Failure(description: "plantilla-word failed: \(run.stderr)") }
        return path
    }

    /// The template filled with an experience by python-docx, as a region fills it in Word.
    static func filled(_ template: String, with experience: URL, as name: String, in folder: TemporaryFolder, options: [String] = []) throws -> String {
        let output = folder.url.appendingPathComponent(name).path
        try script("word-fill.py", [template, experience.path, output, "--schema", Repository.content.appendingPathComponent("schema.yaml").path] + options)
        return output
    }
}

/// The words of a text in order, for comparing an imported experience with its original.
enum WordSequence {
    /// Words split at white space.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// The share of the original's words the other text has in the same order (longest common subsequence).
    static func similarity(_ original: [Substring], _ other: [Substring]) -> Double {
        guard !original.isEmpty else { return other.isEmpty ? 1 : 0 }
        var previous = [Int](repeating: 0, count: other.count + 1)
        for word in original {
            var current = [Int](repeating: 0, count: other.count + 1)
            for (index, candidate) in other.enumerated() {
                current[index + 1] = word == candidate ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            previous = current
        }
        return Double(previous[other.count]) / Double(max(original.count, other.count))
    }
}
