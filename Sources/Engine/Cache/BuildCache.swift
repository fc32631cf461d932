import Content
import Diagnostics
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
    /// Entries read from disk ahead of their lookups (`prefetch`), still sealed: each lookup checks and decodes
    /// its own on its thread.
    private var fetched: [DiskCache.Kind: [Digest: Data]] = [:]
    /// Checks read from disk, whose experience came without its body's sections (kept apart on disk, as only
    /// a chapter rendered anew needs them): `experience(_:checkKey:)` brings them back.
    private var lean: Set<Digest> = []
    /// Entries made since the last write to disk, and their size: written in batches, each one transaction.
    private var pending: [DiskCache.Entry] = []
    private var pendingBytes = 0
    /// The size at which a batch is written, so that a cold build does not hold all its entries twice.
    private static let batchBytes = 8 << 20
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

    /// A file's check kept under `key`. Read from disk, its experience has no sections (see `experience`).
    func fileCheck(_ key: Digest) -> FileCheck? {
        let memory = lock.withLock { () -> FileCheck? in
            used.insert(key)
            return checks[key]
        }
        if let memory { return memory }
        guard let bytes = diskEntry(.check, key), let check = try? CacheDecoder.decode(FileCheck.self, from: bytes) else { return nil }
        lock.withLock {
            checks[key] = check
            if check.experience != nil { lean.insert(key) }
        }
        return check
    }

    /// Keeps a file's check under `key`: whole in memory; on disk its experience's sections apart from the rest,
    /// so that a build reading back a thousand checks decodes their front matter and diagnostics, not their text.
    func store(_ check: FileCheck, key: Digest) {
        lock.withLock {
            used.insert(key)
            checks[key] = check
            lean.remove(key)
        }
        guard disk != nil else { return }
        var entries: [DiskCache.Entry] = []
        if let bytes = try? CacheEncoder.encode(check.withoutSections) { entries.append(DiskCache.Entry(kind: .check, key: key, bytes: bytes)) }
        if let sections = check.experience?.sections, let bytes = try? CacheEncoder.encode(sections) {
            entries.append(DiskCache.Entry(kind: .sections, key: key, bytes: bytes))
        }
        enqueue(entries)
    }

    /// `experience` (of the check kept under `checkKey`) with its body's sections: as it is when the check
    /// was made or read whole, else with the sections read back from disk; `nil` when they cannot be read
    /// (the caller checks the file again).
    func experience(_ experience: Experience, checkKey key: Digest) -> Experience? {
        // Not lean (any more): the kept check's experience is whole; `experience` may be a lean copy of it
        // that an edition assembled before another chapter brought the sections back.
        let (isLean, kept) = lock.withLock { (lean.contains(key), checks[key]?.experience) }
        guard isLean else { return kept ?? experience }
        guard let bytes = diskEntry(.sections, key),
              let sections = try? CacheDecoder.decode([ExperienceSection].self, from: bytes) else { return nil }
        let whole = experience.replacingSections(sections)
        lock.withLock {
            if let check = checks[key] { checks[key] = check.replacingExperience(whole) }
            lean.remove(key)
        }
        return whole
    }

    /// An entry's bytes from what `prefetch` read, else from the database; `nil` when missing or not whole.
    private func diskEntry(_ kind: DiskCache.Kind, _ key: Digest) -> [UInt8]? {
        if let sealed = lock.withLock({ fetched[kind]?.removeValue(forKey: key) }) { return DiskCache.verified(sealed) }
        return disk?.read(kind, key)
    }

    /// A chapter's HTML kept under `key`.
    func chapter(_ key: Digest) -> String? {
        lookup(key, in: \.chapters, disk: .chapter) { String(validating: $0, as: UTF8.self) }
    }

    /// Keeps a chapter's HTML under `key`.
    func store(chapter html: String, key: Digest) {
        keep(html, key: key, in: \.chapters, disk: .chapter) { Array($0.utf8) }
    }

    /// Reads from disk, in one query, the entries of `kind` under `keys` that memory does not hold, so the
    /// lookups that follow (in parallel) need no query each.
    func prefetch(_ kind: DiskCache.Kind, _ keys: [Digest]) {
        guard let disk else { return }
        let missing = lock.withLock { () -> Set<Digest> in
            let held = fetched[kind] ?? [:]
            return switch kind {
            case .check: Set(keys.filter { checks[$0] == nil && held[$0] == nil })
            case .chapter: Set(keys.filter { chapters[$0] == nil && held[$0] == nil })
            // Read one at a time, and only for a chapter rendered anew.
            case .sections: []
            }
        }
        let found = disk.readSealed(kind, missing)
        lock.withLock { fetched[kind, default: [:]].merge(found) { old, _ in old } }
    }

    /// An entry from memory, else from disk (then kept in memory too); marks the key used by this build.
    private func lookup<Value>(
        _ key: Digest, in table: ReferenceWritableKeyPath<BuildCache, [Digest: Value]>, disk kind: DiskCache.Kind,
        decode: ([UInt8]) -> Value?
    ) -> Value? {
        if let kept = lock.withLock({ () -> Value? in
            used.insert(key)
            return self[keyPath: table][key]
        }) { return kept }
        guard let data = diskEntry(kind, key), let value = decode(data) else { return nil }
        lock.withLock { self[keyPath: table][key] = value }
        return value
    }

    /// Keeps an entry in memory and on disk; marks the key used by this build.
    private func keep<Value>(
        _ value: Value, key: Digest, in table: ReferenceWritableKeyPath<BuildCache, [Digest: Value]>, disk kind: DiskCache.Kind,
        encode: (Value) -> [UInt8]?
    ) {
        lock.withLock {
            used.insert(key)
            self[keyPath: table][key] = value
        }
        guard disk != nil, let bytes = encode(value) else { return }
        enqueue([DiskCache.Entry(kind: kind, key: key, bytes: bytes)])
    }

    /// Adds entries to the batch waiting to be written, writing it once it is large enough.
    private func enqueue(_ entries: [DiskCache.Entry]) {
        guard let disk, !entries.isEmpty else { return }
        let batch = lock.withLock { () -> [DiskCache.Entry] in
            pending += entries
            pendingBytes += entries.reduce(0) { $0 + $1.bytes.count }
            guard pendingBytes >= Self.batchBytes else { return [] }
            return takePending()
        }
        disk.write(batch)
    }

    /// The entries waiting to be written, leaving none; called with the lock held.
    private func takePending() -> [DiskCache.Entry] {
        defer {
            pending = []
            pendingBytes = 0
        }
        return pending
    }

    /// Marks entries as used by this build without reading them, so that finishing it keeps them.
    func markUsed(_ keys: [Digest]) {
        lock.withLock { used.formUnion(keys) }
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

    /// The record of the last whole build `rme build` finished with this cache folder; `nil` in memory.
    func upToDateRecord() -> UpToDateRecord? {
        disk?.readUpToDate()
    }

    /// Keeps the record of the build just finished (`nil` forgets the last one), on disk only: a long-running
    /// process never asks.
    func store(upToDate record: UpToDateRecord?) {
        disk?.write(upToDate: record)
    }

    /// After a build that wrote its output: remembers what it wrote, and drops every entry it did not use.
    func finishBuild(wrote units: [Digest: [OutputRecord.File]]) {
        let (kept, newRecord, batch) = lock.withLock { () -> (Set<Digest>, OutputRecord, [DiskCache.Entry]) in
            record = OutputRecord(units: units)
            checks = checks.filter { used.contains($0.key) }
            chapters = chapters.filter { used.contains($0.key) }
            pages = pages.filter { used.contains($0.key) }
            lean = lean.filter { used.contains($0) }
            fetched = [:]
            let kept = used
            used = []
            return (kept, record, takePending())
        }
        disk?.write(batch)
        disk?.finish(record: newRecord, keeping: kept)
    }

    /// After a build that stopped before writing: forgets which entries it used, keeping them all (and
    /// writing those it made, so the next build starts from them).
    func abandonBuild() {
        let batch = lock.withLock { () -> [DiskCache.Entry] in
            used = []
            fetched = [:]
            return takePending()
        }
        disk?.write(batch)
    }
}
