import Diagnostics
import Foundation
@testable import RMECLI

/// Text written by a command, collected under a lock (commands may write from any thread).
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    func append(_ piece: String) {
        lock.lock()
        defer { lock.unlock() }
        text += piece
    }

    var contents: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }
}

/// What one in-process run printed and returned.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a command line in process the way `CLIRunner.main()` does: the language is
/// resolved from the arguments and the given environment, output goes to buffers.
func runCLI(_ arguments: [String], environment: [String: String] = [:]) async -> CLIRun {
    let out = OutputBuffer(), err = OutputBuffer()
    let context = CLIContext(
        language: CLILanguage.resolve(arguments: arguments, environment: environment),
        environment: environment,
        stderrIsTerminal: false,
        stdout: { out.append($0) },
        stderr: { err.append($0) }
    )
    let status = await CLIRunner.run(arguments: arguments, context: context)
    return CLIRun(status: status, stdout: out.contents, stderr: err.contents)
}

/// A fresh temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("rme-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes bytes to a file in the folder and returns its path.
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Sample files shared by the in-process and the binary tests.
enum Samples {
    /// An experience file: three lines of front matter, then the body.
    static let experience = """
        ---
        region: Tarapacá
        red: Red de Educación Media Técnico Profesional
        ---

        ## Conformación

        La red reúne a "cinco" liceos de Iquique -- desde 2015.

        - Instituto Comercial
        - Politécnico José Gutiérrez de Fuente

        """

    /// The HTML of the body of `experience`, smart punctuation on.
    static let experienceHTML = """
        <h2>Conformación</h2>
        <p>La red reúne a “cinco” liceos de Iquique – desde 2015.</p>
        <ul>
        <li>Instituto Comercial</li>
        <li>Politécnico José Gutiérrez de Fuente</li>
        </ul>

        """

    /// Four lines of front matter, then a body whose line 2 has a Latin-1 byte after "ñandú ":
    /// file line 6, character column 7.
    static let invalidUTF8: [UInt8] =
        Array("---\nregion: Aysén\nred: Red\n---\n# Título\nñandú ".utf8) + [0xE9] + Array("l\n".utf8)
}

/// Every regular file under `folder`, relative to it, sorted.
func regularFiles(under folder: String) throws -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder)
    var files: [String] = []
    while let path = enumerator?.nextObject() as? String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue { files.append(path) }
    }
    return files.sorted()
}
