import Foundation

/// What the previous output holds that a build carries over: the folders of editions it keeps, and the
/// units whose inputs did not change since it was written.
struct PreviousOutput: Sendable {
    /// The output folder's absolute path.
    let output: String

    /// Every regular file under `output/<folder>` for each folder named, as (relative path, absolute path).
    ///
    /// Links and anything that is not a plain file or folder are left behind: the output is
    /// written by `rme` only, and a link found there was not.
    func files(inFolders folders: [String]) -> [(path: String, source: String)] {
        var files: [(path: String, source: String)] = []
        for folder in folders.sorted() {
            walk(output + "/" + folder, relative: folder, stoppingAtLinks: false) { relative, path, _ in
                files.append((relative, path))
                return true
            }
        }
        return files
    }

    /// Every regular file of the output, sorted by path, with its identity; `nil` when the folder is missing or
    /// holds anything else (a link, a device): a build would not carry it over, so the output would change.
    func listing() -> [OutputRecord.File]? {
        var files: [OutputRecord.File] = []
        guard FileSystemCalls.kind(of: output) == .directory, walk(output, relative: "", stoppingAtLinks: true, visit: { relative, _, identity in
            files.append(OutputRecord.File(path: relative, identity: identity))
            return true
        }) else { return nil }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The files the previous build wrote for a unit, when every one of them is still there as it was left
    /// (same size, time, inode and device): they can be linked into the new output as they are.
    func unchangedFiles(of recorded: [OutputRecord.File]?) -> [(path: String, source: String)]? {
        guard let recorded, !recorded.isEmpty else { return nil }
        var files: [(path: String, source: String)] = []
        for file in recorded {
            let source = output + "/" + file.path
            guard FileSystemCalls.identity(of: source) == file.identity else { return nil }
            files.append((file.path, source))
        }
        return files
    }

    /// The identity of each file as it now stands in the output, for the record of what a build wrote.
    func record(_ paths: [String]) -> [OutputRecord.File]? {
        var files: [OutputRecord.File] = []
        for path in paths {
            guard let identity = FileSystemCalls.identity(of: output + "/" + path) else { return nil }
            files.append(OutputRecord.File(path: path, identity: identity))
        }
        return files
    }

    /// Visits the regular files under `path` (depth first, names sorted) with their path relative to the output,
    /// their absolute path and their identity, `relative` being `path`'s own. Links and anything else are passed over, or with `stoppingAtLinks` end the walk;
    /// returns false when the walk ended early (that, a `visit` answering false, or an unreadable folder).
    @discardableResult
    private func walk(
        _ path: String, relative: String, stoppingAtLinks: Bool, visit: (String, String, FileSystemCalls.FileIdentity) -> Bool
    ) -> Bool {
        let join = { (name: String) in relative.isEmpty ? name : relative + "/" + name }
        switch FileSystemCalls.kind(of: path) {
        case .directory:
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return !stoppingAtLinks }
            for name in names.sorted() where !walk(path + "/" + name, relative: join(name), stoppingAtLinks: stoppingAtLinks, visit: visit) {
                return false
            }
            return true
        case .other:
            guard let identity = FileSystemCalls.identity(of: path) else { return !stoppingAtLinks }
            return visit(relative, path, identity)
        case .missing, .symbolicLink:
            return !stoppingAtLinks
        }
    }
}
