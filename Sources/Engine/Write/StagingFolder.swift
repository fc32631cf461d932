import Diagnostics
import Concurrency
import Foundation
import Rendering

/// One build's files, written beside the output and made durable before they replace it.
final class StagingFolder: @unchecked Sendable {
    /// The folder's absolute path (`…/Output.tmp-<pid>-<token>`).
    let path: String
    private let writer: OutputWriter
    /// Folders created so far, as component lists; `commit` flushes each of them.
    private var folders: Set<[String]> = []
    private var written: Set<OutputPath> = []
    private let lock = NSLock()

    /// A staging folder the writer has just created.
    init(path: String, writer: OutputWriter) {
        self.path = path
        self.writer = writer
    }

    /// Writes `files` (paths relative to the output), files in parallel, each flushed to disk.
    ///
    /// Every path is checked before anything is written: a path leaving the folder, a path
    /// written twice, or a file where another file needs a folder is refused.
    func write(_ files: [RenderedFile]) async throws(BuildError) {
        let planned = try plan(files.map { ($0.path, $0.data) })
        try makeFolders(for: planned.map(\.path))
        try await inParallel(planned) { (parent: borrowing FileSystemCalls.Directory, name, shown, data) throws(FileSystemCalls.Failure) in
            try FileSystemCalls.writeNewFile(parent, name, data, shownAs: shown)
        }
    }

    /// Links files of the previous output (absolute `source` paths) in at their paths, checked as `write` checks.
    func link(_ files: [(path: String, source: String)]) async throws(BuildError) {
        let planned = try plan(files.map { ($0.path, Array($0.source.utf8)) })
        try makeFolders(for: planned.map(\.path))
        try await inParallel(planned) { (parent: borrowing FileSystemCalls.Directory, name, shown, source) throws(FileSystemCalls.Failure) in
            try FileSystemCalls.linkFile(String(decoding: source, as: UTF8.self), into: parent, name, shownAs: shown)
        }
    }

    /// Creates the folders the paths need, parents first.
    private func makeFolders(for paths: [OutputPath]) throws(BuildError) {
        let root: FileSystemCalls.Directory
        do { root = try FileSystemCalls.openDirectory(path) } catch { throw .fileSystem(error) }
        for folder in Set(paths.flatMap { $0.parentFolders }).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            do { _ = try openFolder(folder, from: root, create: true) } catch { throw .fileSystem(error) }
            lock.withLock { _ = folders.insert(folder) }
        }
    }

    /// Runs `put` for each planned file in parallel, with the file's open parent folder, its name and how
    /// messages show it; the first failure in path order is thrown.
    private func inParallel(
        _ planned: [(path: OutputPath, data: [UInt8])],
        _ put: @escaping @Sendable (borrowing FileSystemCalls.Directory, String, String, [UInt8]) throws(FileSystemCalls.Failure) -> Void
    ) async throws(BuildError) {
        let failures: [FileSystemCalls.Failure?]
        do {
            failures = try await ParallelMap.map(planned) { [self] entry in
                do throws(FileSystemCalls.Failure) {
                    let folder = try FileSystemCalls.openDirectory(path)
                    let parent = try openFolder(Array(entry.path.components.dropLast()), from: folder, create: false)
                    try put(parent, entry.path.components.last!, shown(entry.path), entry.data)
                    return nil
                } catch {
                    return error
                }
            }
        } catch {
            throw .cancelled
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw .fileSystem(failure) }
    }

    /// The absolute path of a file inside the staging folder, for programs that write it themselves (the PDF
    /// engine, Pagefind).
    func absolutePath(of relative: String) throws(BuildError) -> String {
        let target = try OutputPath(validating: relative)
        return path + "/" + target.text
    }

    /// Checks and flushes a file another program wrote inside the staging folder; returns its size.
    @discardableResult
    func adopt(_ relative: String) throws(BuildError) -> Int {
        let target = try OutputPath(validating: relative)
        let full = path + "/" + target.text
        // Each folder on the way must be a real folder: a link could have sent the engine's output elsewhere.
        for folder in target.parentFolders {
            guard FileSystemCalls.kind(of: path + "/" + folder.joined(separator: "/")) == .directory else {
                throw BuildError(.unsafeOutputPath, LocalizedText(
                    es: "\(shown(target)) no está dentro de la carpeta de salida", en: "\(shown(target)) is not inside the output folder"))
            }
        }
        guard FileSystemCalls.kind(of: full) == .other else {
            throw BuildError(.fileSystem, LocalizedText(
                es: "no se encontró el archivo \(shown(target))", en: "the file \(shown(target)) was not found"))
        }
        do { try FileSystemCalls.syncFile(full) } catch { throw .fileSystem(error) }
        lock.withLock {
            _ = written.insert(target)
            // The program made the folders; they are flushed with the rest at the commit.
            for folder in target.parentFolders { folders.insert(folder) }
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? 0
        return size
    }

    /// Flushes every folder, then swaps the staging folder in place of the output.
    func commit() throws(BuildError) {
        do {
            let root = try FileSystemCalls.openDirectory(path)
            let all = lock.withLock { folders }.sorted { $0.count > $1.count }
            for folder in all {
                let directory = try openFolder(folder, from: root, create: false)
                try FileSystemCalls.sync(directory, shownAs: path + "/" + folder.joined(separator: "/"))
            }
            try FileSystemCalls.sync(root, shownAs: path)
        } catch {
            throw .fileSystem(error)
        }
        try writer.swapIn(path)
    }

    /// Removes the staging folder after a failure; the output was never touched.
    func discard() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Validates every path and refuses duplicates and file/folder clashes, in a stable order.
    private func plan(_ files: [(path: String, data: [UInt8])]) throws(BuildError) -> [(path: OutputPath, data: [UInt8])] {
        var planned: [(path: OutputPath, data: [UInt8])] = []
        planned.reserveCapacity(files.count)
        for file in files { planned.append((try OutputPath(validating: file.path), file.data)) }
        planned.sort { $0.path < $1.path }
        let alreadyWritten = lock.withLock { written }
        let folderPaths = Set(planned.flatMap { $0.path.parentFolders }).union(lock.withLock { folders })
        for (index, entry) in planned.enumerated() {
            let repeated = (index > 0 && planned[index - 1].path == entry.path) || alreadyWritten.contains(entry.path)
            if repeated || folderPaths.contains(entry.path.components) {
                throw BuildError(.unsafeOutputPath, LocalizedText(
                    es: "dos páginas se escribirían en \(shown(entry.path)); cada página necesita su propia ruta",
                    en: "two pages would be written to \(shown(entry.path)); each page needs its own path"))
            }
        }
        lock.withLock { written.formUnion(planned.map(\.path)) }
        return planned
    }

    /// Opens a folder below `root` one component at a time, never following a link.
    private func openFolder(_ components: [String], from root: borrowing FileSystemCalls.Directory, create: Bool) throws(FileSystemCalls.Failure) -> FileSystemCalls.Directory {
        guard let first = components.first else { return try FileSystemCalls.openDirectory(path) }
        var current = try FileSystemCalls.openChildDirectory(root, first, create: create, shownAs: path + "/" + first)
        for (depth, component) in components.enumerated().dropFirst() {
            let shownPath = path + "/" + components.prefix(depth + 1).joined(separator: "/")
            current = try FileSystemCalls.openChildDirectory(current, component, create: create, shownAs: shownPath)
        }
        return current
    }

    /// The path as the user will find it once swapped in ("Output/2015-2017/booklet.html").
    private func shown(_ target: OutputPath) -> String {
        writer.name + "/" + target.text
    }
}
