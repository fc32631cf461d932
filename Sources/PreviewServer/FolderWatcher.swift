import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders and everything under them through Linux inotify, and says when anything in them changed.
///
/// Written by hand: no package on the machine's list watches files on Linux, and inotify is a few calls.
/// After every batch of events the trees are walked again and each folder is added to the watch (adding a
/// folder already watched only returns its number), so a folder deleted and made again, or a new edition,
/// is watched as soon as it exists. The parent of each root is watched too, for the root's own name only:
/// a root that is deleted and re-created (a `git checkout`, an unzip) keeps being watched.
final class FolderWatcher: @unchecked Sendable {
    /// Why watching could not start.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// One signal per batch of changes (the consumer debounces).
    let changes: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let roots: [String]
    private let descriptor: Int32
    private let lock = NSLock()
    private var stopped = false
    /// Watch numbers of the roots' parents, with the root name each stands for.
    private var parentWatches: [Int32: Set<String>] = [:]
    private var thread: Thread?

    /// What a folder's watch reports: everything that changes a file's bytes or a folder's entries.
    private static let treeEvents = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
    /// What a root's parent reports: entries appearing and going.
    private static let parentEvents = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)

    /// A watcher of `roots` (absolute or relative folders; missing ones are watched for once they appear).
    init(roots: [String]) throws(Failure) {
        self.roots = roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else {
            throw Failure(description: "inotify_init1: " + String(cString: strerror(errno)))
        }
        (changes, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
        try addWatches()
    }

    deinit {
        close(descriptor)
    }

    /// Starts reading events on a thread of its own (inotify is read by a blocking `poll`).
    func start() {
        let thread = Thread { [self] in readEvents() }
        thread.name = "rme-watch"
        lock.withLock { self.thread = thread }
        thread.start()
    }

    /// Stops reading; the stream of changes ends.
    func stop() {
        lock.withLock { stopped = true }
        continuation.finish()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Reads events until stopped: each batch that touches a watched tree is one signal.
    private func readEvents() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 200) > 0 else { continue }
            var relevant = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                if batchMatters(buffer, count: count) { relevant = true }
            }
            guard relevant, !isStopped else { continue }
            try? addWatches()
            continuation.yield()
        }
    }

    /// Whether a batch of events says something under a root changed (an event on a parent counts only
    /// for the root's own name).
    private func batchMatters(_ buffer: [UInt8], count: Int) -> Bool {
        let parents = lock.withLock { parentWatches }
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (watch, length) = buffer.withUnsafeBytes { bytes -> (Int32, Int) in
                let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, Int(event.len))
            }
            defer { offset += header + length }
            guard let names = parents[watch] else { return true }
            let start = offset + header
            let raw = buffer[start..<min(count, start + length)].prefix { $0 != 0 }
            if names.contains(String(decoding: raw, as: UTF8.self)) { return true }
        }
        return false
    }

    /// Watches every folder under every root that exists, and each root's parent.
    private func addWatches() throws(Failure) {
        var parents: [Int32: Set<String>] = [:]
        for root in roots {
            let parent = (root as NSString).deletingLastPathComponent
            let watch = inotify_add_watch(descriptor, parent, Self.parentEvents)
            if watch >= 0 { parents[watch, default: []].insert((root as NSString).lastPathComponent) }
            try addTree(root)
        }
        lock.withLock { parentWatches = parents }
    }

    /// Watches `folder` and every folder under it (links are not followed).
    private func addTree(_ folder: String) throws(Failure) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return }
        if inotify_add_watch(descriptor, folder, Self.treeEvents | UInt32(IN_DONT_FOLLOW) | UInt32(IN_ONLYDIR)) < 0, errno == ENOSPC {
            throw Failure(description: "inotify: " + String(cString: strerror(ENOSPC))
                + " (fs.inotify.max_user_watches: " + folder + ")")
        }
        // readdir's entry types: no stat per file (an experience folder may hold thousands).
        guard let directory = opendir(folder) else { return }
        var folders: [String] = []
        while let entry = readdir(directory) {
            guard entry.pointee.d_type == UInt8(DT_DIR) else { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { folders.append(folder + "/" + name) }
        }
        closedir(directory)
        for path in folders { try addTree(path) }
    }
}
