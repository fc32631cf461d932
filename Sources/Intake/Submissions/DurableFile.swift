import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a reader, a crash or a power cut sees the old file or the new one, never a part:
/// a temporary file beside it, synced, renamed over it, and the folder synced.
enum DurableFile {
    /// Why a write failed, in the editor's words.
    struct Failure: Error {
        let message: String
    }

    /// Writes `bytes` at `path`, creating its folder when missing.
    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "no se pudo crear la carpeta «\(folder)»: \(error.localizedDescription)")
        }
        let temporary = folder + "/.\((path as NSString).lastPathComponent).recepcion-\(UUID().uuidString)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(message: "no se pudo crear «\(temporary)»: \(String(cString: strerror(errno)))") }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 { if errno == EINTR { continue }; return false }
                written += count
            }
            return fsync(descriptor) == 0
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
}
