import ChildProcesses
import Engine
import Foundation

/// Debian's `pandoc`, run with a time limit and `--sandbox` (no network, no file but its input and output).
public struct Pandoc: Sendable {
    /// The executable's path.
    public let executable: String
    /// Environment for the child: the caller's, so `PATH` and the locale carry over.
    let environment: [String: String]
    /// How long one conversion may take. A two-page document takes pandoc ~0.2 s.
    public var timeout: Duration = .seconds(30)

    /// pandoc from `PATH`; `nil` when it is not installed.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Pandoc? {
        ExecutableSearch.find("pandoc", environment: environment).map { Pandoc(executable: $0, environment: environment) }
    }

    /// The document in a Word or LibreOffice file, tracked changes kept as marked spans (`TrackedChanges`
    /// accepts them and counts them, so the writer can be told they were pending).
    public func read(_ package: WordPackage) async throws(WordFileRefusal) -> PandocDocument {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/documento.json"
        try await run(["--sandbox", "--from", package.format.pandocReader, "--to", "json", "--track-changes=all",
                 "--output", output, package.path], describing: package.path)
        guard let data = FileManager.default.contents(atPath: output) else {
            throw .pandocFailed(package.path, detail: "no output")
        }
        do {
            return try PandocJSON.decode(data)
        } catch {
            throw .pandocFailed(package.path, detail: error.detail)
        }
    }

    /// Writes `document` as a `.docx` at `path`, with the styles of `reference` when given (`ReferenceStyles`,
    /// Word's built-in heading and list styles with a grid on tables, otherwise).
    public func writeDocx(_ document: PandocDocument, to path: String, reference: String?) async throws(WordFileRefusal) {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/plantilla.json"
        guard FileManager.default.createFile(atPath: input, contents: PandocJSON.encode(document)) else {
            throw .pandocFailed(path, detail: "scratch file")
        }
        // Not sandboxed: pandoc 2.17's sandbox also hides its own data files, which the docx writer needs (its
        // default styles). The input is rme's own JSON, which names no file and no URL to fetch.
        let styles: String
        if let reference { styles = reference } else { styles = try await ReferenceStyles.make(with: self, in: folder) }
        let arguments = ["--from", "json", "--to", "docx", "--reference-doc", styles, "--output", path]
        try await run(arguments + [input], describing: path)
    }

    /// pandoc's own reference document (the styles its `.docx` files use), written at `path`.
    func writeDefaultReference(to path: String) async throws(WordFileRefusal) {
        try await run(["--output", path, "--print-default-data-file", "reference.docx"], describing: path)
    }

    /// The pandoc-types version pandoc reads and writes (`[1, 22, 2, 1]` for Debian 12's pandoc 2.17).
    public func apiVersion() async throws(WordFileRefusal) -> [Int] {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/vacio.md", output = folder + "/vacio.json"
        _ = FileManager.default.createFile(atPath: input, contents: Data())
        try await run(["--sandbox", "--from", "markdown", "--to", "json", "--output", output, input], describing: "pandoc")
        guard let data = FileManager.default.contents(atPath: output), let document = try? PandocJSON.decode(data) else {
            throw .pandocFailed("pandoc", detail: "no version")
        }
        return document.apiVersion
    }

    private func run(_ arguments: [String], describing path: String) async throws(WordFileRefusal) {
        let result: SubprocessRunner.Result
        do {
            // Not stopped when the caller is cancelled: a conversion is short, and its scratch folder is removed after.
            result = try await SubprocessRunner.run(executable, arguments, environment: environment, timeout: timeout, followsCancellation: false)
        } catch {
            throw .pandocFailed(path, detail: "\(error)")
        }
        if result.timedOut {
            let (seconds, _) = timeout.components
            throw .pandocTimedOut(path, seconds: Int(seconds))
        }
        guard result.status == 0 else {
            let detail = result.errorOutput.split(whereSeparator: \.isNewline).prefix(3).joined(separator: " ")
            throw .pandocFailed(path, detail: detail.isEmpty ? "exit status \(result.status)" : String(detail.prefix(300)))
        }
    }

    /// A private folder for pandoc's input or output, removed by the caller.
    private func scratchFolder() throws(WordFileRefusal) -> String {
        let folder = NSTemporaryDirectory() + "rme-pandoc-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .pandocFailed("pandoc", detail: "\(error.localizedDescription)")
        }
        return folder
    }
}
