import Diagnostics
import Foundation

/// Creates a file only if nothing is at its path, atomically (`O_CREAT | O_EXCL`).
///
/// Checking first and writing after would leave a window in which a file
/// saved meanwhile by someone else is overwritten; the exclusive open has none.
enum ExclusiveFile {
    static func create(_ path: String, folder: String, contents: String) throws(CommandFailure) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se pudo crear la carpeta «\(folder)»: \(error.localizedDescription)",
                en: "rme: could not create the folder «\(folder)»: \(error.localizedDescription)"
            ))
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            if errno == EEXIST {
                throw CommandFailure(message: LocalizedText(
                    es: "rme: ya existe «\(path)»; rme new no sobrescribe archivos. Edítelo, o bórrelo si quiere empezar de nuevo.",
                    en: "rme: «\(path)» already exists; rme new never overwrites files. Edit it, or delete it to start again."
                ))
            }
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se pudo crear «\(path)»: \(reason)",
                en: "rme: could not create «\(path)»: \(reason)"
            ))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(contents.utf8))
            try handle.close()
        } catch {
            // A half-written skeleton would be refused next time as "already exists": remove it.
            unlink(path)
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se pudo escribir «\(path)»: \(error.localizedDescription)",
                en: "rme: could not write «\(path)»: \(error.localizedDescription)"
            ))
        }
    }
}
