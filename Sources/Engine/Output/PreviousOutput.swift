import Foundation
import Rendering

/// Reads back folders of the previous output, so building one edition keeps the others.
enum PreviousOutput {
    /// Every regular file under `output/<folder>` for each folder named, as files to write again.
    ///
    /// Links and anything that is not a plain file or folder are left behind: the output is
    /// written by `rme` only, and a link found there was not.
    static func files(inFolders folders: [String], of output: String) -> [RenderedFile] {
        var files: [RenderedFile] = []
        for folder in folders.sorted() {
            collect(output + "/" + folder, relative: folder, into: &files)
        }
        return files
    }

    /// Adds the files under `path` (depth first, names sorted) as files at `relative`.
    private static func collect(_ path: String, relative: String, into files: inout [RenderedFile]) {
        switch FileSystemCalls.kind(of: path) {
        case .directory:
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            for name in names { collect(path + "/" + name, relative: relative + "/" + name, into: &files) }
        case .other:
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { return }
            files.append(RenderedFile(path: relative, data: [UInt8](data)))
        case .missing, .symbolicLink:
            return
        }
    }
}
