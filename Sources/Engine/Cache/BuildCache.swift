import Foundation
import Rendering
import Validation

/// Results kept between builds, keyed by the digest of everything they depend on: each file's check, each
/// chapter's HTML, each page's files, and a record of what the last build wrote.
///
/// One instance lives as long as its user: a long-running process (the preview server) keeps one in memory
/// across builds; `rme build` gives it a folder (`.rme-cache/`) so the next run starts from it. Entries not
/// used by a build are dropped when it finishes, so the cache holds one build's worth at most.
public final class BuildCache: @unchecked Sendable {
    /// Where entries are kept between processes; `nil` for memory only.
    let disk: DiskCache?
    private let lock = NSLock()
    private var checks: [Digest: FileCheck] = [:]
    private var chapters: [Digest: String] = [:]
    private var pages: [Digest: [RenderedFile]] = [:]
    private var used: Set<Digest> = []
    /// What the last successful build wrote into the output, unit by unit.
    private var record: OutputRecord

    /// A cache in memory only.
    public convenience init() { self.init(disk: nil) }

    /// A cache kept in `folder` between runs (created when missing, emptied when made by another `rme`).
    public convenience init(folder: String) { self.init(disk: DiskCache(folder: folder)) }

    init(disk: DiskCache?) {
        self.disk = disk
        record = disk?.readRecord() ?? OutputRecord()
    }

    /// A file's check kept under `key`.
    func fileCheck(_ key: Digest) -> FileCheck? {
        if let kept = lock.withLock({ () -> FileCheck? in
            used.insert(key)
            return checks[key]
        }) { return kept }
        guard let data = disk?.read(.check, key), let check = try? JSONDecoder().decode(FileCheck.self, from: data) else { return nil }
        lock.withLock { checks[key] = check }
        return check
    }

    /// Keeps a file's check under `key`.
    func store(_ check: FileCheck, key: Digest) {
        lock.withLock {
            used.insert(key)
            checks[key] = check
        }
        if let disk, let data = try? JSONEncoder().encode(check) { disk.write(.check, key, data) }
    }

    /// A chapter's HTML kept under `key`.
    func chapter(_ key: Digest) -> String? {
        if let kept = lock.withLock({ () -> String? in
            used.insert(key)
            return chapters[key]
        }) { return kept }
        guard let data = disk?.read(.chapter, key), let html = String(validating: data, as: UTF8.self) else { return nil }
        lock.withLock { chapters[key] = html }
        return html
    }

    /// Keeps a chapter's HTML under `key`.
    func store(chapter html: String, key: Digest) {
        lock.withLock {
            used.insert(key)
            chapters[key] = html
        }
        disk?.write(.chapter, key, Data(html.utf8))
    }

    /// A page's files kept in memory under `key` (a process's own earlier build).
    func pageFiles(_ key: Digest) -> [RenderedFile]? {
        lock.withLock {
            used.insert(key)
            return pages[key]
        }
    }

    /// Keeps a page's files in memory under `key`; on disk the output itself keeps them.
    func store(pageFiles files: [RenderedFile], key: Digest) {
        // Only a long-running process reads them back; `rme build` finds them in the previous output.
        guard disk == nil else { return }
        lock.withLock {
            used.insert(key)
            pages[key] = files
        }
    }

    /// What the last successful build wrote for the unit keyed `key`, when it wrote that unit.
    func recordedFiles(_ key: Digest) -> [OutputRecord.File]? {
        lock.withLock { record.units[key] }
    }

    /// After a build that wrote its output: remembers what it wrote, and drops every entry it did not use.
    func finishBuild(wrote units: [Digest: [OutputRecord.File]]) {
        let (kept, newRecord) = lock.withLock { () -> (Set<Digest>, OutputRecord) in
            record = OutputRecord(units: units)
            checks = checks.filter { used.contains($0.key) }
            chapters = chapters.filter { used.contains($0.key) }
            pages = pages.filter { used.contains($0.key) }
            let kept = used
            used = []
            return (kept, record)
        }
        disk?.writeRecord(newRecord)
        disk?.sweep(keeping: kept)
    }

    /// After a build that stopped before writing: forgets which entries it used, keeping them all.
    func abandonBuild() {
        lock.withLock { used = [] }
    }
}
