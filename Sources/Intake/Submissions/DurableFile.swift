import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a reader, a crash or a power cut sees the old file or the new one, never a part:
/// the bytes go to an unnamed file in the target's folder, synced, given a temporary name and renamed over
/// the target, and the folder synced.
enum DurableFile {
    /// Why a write failed, in the editor's words.
    struct Failure: Error {
        let message: String
    }

    /// The mark in the names of temporary files, so that `sweep` finds what a killed process left.
    static let temporaryMark = ".recepcion-"

    /// Linux's O_TMPFILE (`__O_TMPFILE | O_DIRECTORY`), which Glibc's Swift module does not export.
    private static let unnamedFileFlag: Int32 = 0o20000000 | O_DIRECTORY

    /// Writes `bytes` at `path`, creating its folder when missing.
    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "no se pudo crear la carpeta «\(folder)»: \(error.localizedDescription)")
        }
        let temporary = folder + "/.\((path as NSString).lastPathComponent)\(temporaryMark)\(UUID().uuidString)"
        // An unnamed file (O_TMPFILE) vanishes with the process if it is killed while writing; it gets a
        // name only once it is whole, for the instant before the rename. File systems without O_TMPFILE
        // get a named temporary file, and `sweep` removes it if a kill leaves it behind.
        var descriptor = open(folder, unnamedFileFlag | O_WRONLY | O_CLOEXEC, 0o644)
        let unnamed = descriptor >= 0
        if !unnamed {
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw Failure(message: "no se pudo crear «\(temporary)»: \(String(cString: strerror(errno)))") }
        var written = 0
        var ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 { if errno == EINTR { continue }; return false }
                written += count
            }
            return fsync(descriptor) == 0
        }
        if ok && unnamed {
            ok = linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0
        }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard ok else {
            unlink(temporary)
            throw Failure(message: "no se pudo escribir «\(path)»: \(reason)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(message: "no se pudo reemplazar «\(path)»: \(reason)")
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Removes the temporary files a killed process left in `folder`; returns their names.
    @discardableResult
    static func sweep(_ folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let stale = names.filter { $0.hasPrefix(".") && $0.contains(temporaryMark) }
        for name in stale { unlink(folder + "/" + name) }
        return stale
    }
}
