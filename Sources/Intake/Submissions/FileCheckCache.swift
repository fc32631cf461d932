import Content
import Diagnostics
import Foundation
import Validation

/// Each file's own check (`Checker.check(_:kind:settings:)`), kept by path and content digest, so that an
/// upload checks only itself and reuses the checks of the edition's other files while they do not change.
///
/// Why: an upload is checked in its edition's context (the edition rules compare it with the other regions'
/// files). Checking the whole folder again on every upload and again for its preview made the other 14
/// files 90 % of the service's work under load (perf, `scripts/recepcion-carga.py`). The schema and settings
/// are fixed for the service's lifetime, so path, kind and digest are the whole key. Bounded: past
/// `capacity` entries the oldest half is dropped.
final class FileCheckCache: @unchecked Sendable {
    private struct Key: Hashable {
        let path: String
        let kind: DocumentKind
        let digest: Digest
    }

    private let lock = NSLock()
    private var entries: [Key: FileCheck] = [:]
    private var order: [Key] = []
    private let capacity: Int

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The check of `file`, from the cache when its bytes were checked before at the same path.
    func check(_ file: InputFile, kind: DocumentKind, settings: CheckSettings) -> FileCheck {
        let digest = file.digest
        let key = Key(path: file.path, kind: kind, digest: digest)
        if let known = lock.withLock({ entries[key] }) { return known }
        let checked = Checker.check(file, kind: kind, settings: settings, digest: digest)
        lock.withLock {
            if entries.updateValue(checked, forKey: key) == nil { order.append(key) }
            if order.count > capacity {
                for old in order.prefix(capacity / 2) { entries[old] = nil }
                order.removeFirst(capacity / 2)
            }
        }
        return checked
    }

    /// The checks of the files at `paths` as they are on disk now (an unreadable one gets its read error).
    func check(paths: [String], kind: DocumentKind, settings: CheckSettings, root: String?) -> [FileCheck] {
        paths.map { path in check(InputFile.load(path: path, sizeLimit: settings.schema.maxFileBytes, root: root), kind: kind, settings: settings) }
    }

    /// The edition at `folder` checked as if `file` were one of its experiences (in place of the file at its
    /// path): what `Checker.check(_:with:settings:)` gives, with every unchanged file's check reused.
    func check(_ folder: EditionFolder, with file: InputFile, settings: CheckSettings) -> EditionCheck {
        let pages = check(paths: folder.pageFiles, kind: .frontPage, settings: settings, root: folder.contentRoot)
        var experiences = check(paths: folder.experienceFiles.filter { $0 != file.path }, kind: .experience, settings: settings, root: folder.contentRoot)
        experiences.append(check(file, kind: .experience, settings: settings))
        let editionFile = folder.editionFile.map { ($0, InputFile.read(path: $0)) }
        return Checker.checkEdition(folder, editionFile: editionFile, pages: pages, experiences: experiences, settings: settings)
    }
}
