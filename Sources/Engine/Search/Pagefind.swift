import ChildProcesses
import Diagnostics
import Foundation

/// Pagefind, the static search engine that indexes the region pages (PyPI: `pagefind[bin]`).
public struct Pagefind: Sendable, Hashable {
    /// The program's absolute path.
    public let executable: String

    /// Pagefind at a given path.
    public init(executable: String) {
        self.executable = executable
    }

    /// Pagefind where `PAGEFIND_BINARY_PATH` says (Pagefind's own setting), on `PATH`, or inside the Python
    /// package `pagefind_bin` that `pip install "pagefind[bin]"` installs (it puts no program on `PATH`).
    ///
    /// Asking Python costs a process start (~60 ms, half of a small edition's build), so with `remembering`
    /// (a folder: the build cache's) the answer is kept there for the same `PATH` and reused while the program
    /// is still there.
    public static func locate(environment: [String: String], remembering folder: String? = nil) async -> Pagefind? {
        if let path = environment["PAGEFIND_BINARY_PATH"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? Pagefind(executable: path) : nil
        }
        for name in ["pagefind_extended", "pagefind"] {
            if let path = ExecutableSearch.find(name, environment: environment) { return Pagefind(executable: path) }
        }
        let note = folder.map { $0 + "/pagefind-ubicacion.txt" }
        let searched = "PATH=" + (environment["PATH"] ?? "")
        if let note, let text = try? String(contentsOfFile: note, encoding: .utf8) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.count >= 2, lines[0] == searched, lines[1].hasPrefix("/"), FileManager.default.isExecutableFile(atPath: lines[1]) {
                return Pagefind(executable: lines[1])
            }
        }
        guard let found = await fromPythonPackage(environment: environment) else { return nil }
        if let note, let folder {
            // Only a hint: written whole or not at all, and checked again before use.
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try? Data((searched + "\n" + found.executable + "\n").utf8).write(to: URL(fileURLWithPath: note), options: .atomic)
        }
        return found
    }

    /// The binary the Python package ships, asked of the `python3` on `PATH`.
    private static func fromPythonPackage(environment: [String: String]) async -> Pagefind? {
        guard let python = ExecutableSearch.find("python3", environment: environment),
              let answer = await SubprocessRunner.text(
                python, ["-c", "import pagefind_bin; print(pagefind_bin.get_executable())"], environment: environment)
        else { return nil }
        let path = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard path.hasPrefix("/"), FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return Pagefind(executable: path)
    }

    /// What tells one installed Pagefind from another for the cache: its path, size and modification time
    /// (an upgrade rewrites the file), read without running it.
    var identity: String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        let size = (attributes?[.size] as? Int).map(String.init) ?? "?"
        let modified = (attributes?[.modificationDate] as? Date).map { String($0.timeIntervalSince1970) } ?? "?"
        return [executable, size, modified].joined(separator: "|")
    }

    /// The message given when Pagefind is not installed: how to install it, and that the site is built without search.
    public static let missingMessage = LocalizedText(
        es: "no se encontró Pagefind: el sitio se generó sin índice de búsqueda y su página de búsqueda lo dice. "
            + "Instálelo con «python3 -m pip install \"pagefind[bin]\"» (o «scripts/install-deps.sh search»), "
            + "o indique el programa con PAGEFIND_BINARY_PATH.",
        en: "Pagefind was not found: the site was built without a search index, and its search page says so. "
            + "Install it with \"python3 -m pip install 'pagefind[bin]'\" (or \"scripts/install-deps.sh search\"), "
            + "or name the program with PAGEFIND_BINARY_PATH."
    )
}
