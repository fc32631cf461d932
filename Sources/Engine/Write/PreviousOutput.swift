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
            collect(output + "/" + folder, relative: folder, into: &files)
        }
        return files
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

    /// Adds the files under `path` (depth first, names sorted) as files at `relative`.
    private func collect(_ path: String, relative: String, into files: inout [(path: String, source: String)]) {
        switch FileSystemCalls.kind(of: path) {
        case .directory:
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            for name in names { collect(path + "/" + name, relative: relative + "/" + name, into: &files) }
        case .other:
            guard FileSystemCalls.identity(of: path) != nil else { return }
            files.append((relative, path))
        case .missing, .symbolicLink:
            return
        }
    }
}
