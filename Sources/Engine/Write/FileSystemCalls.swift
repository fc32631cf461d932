#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the writer needs, kept in this one file so no other file touches C.
///
/// Everything is done relative to directory descriptors with `O_NOFOLLOW`, so a
/// symbolic link planted inside the output can never redirect a write elsewhere.
enum FileSystemCalls {
    /// A failed call: what was attempted and the system's reason.
    struct Failure: Error, Sendable {
        let operation: String
        let path: String
        let reason: String
    }

    /// An open directory; closed by `close()`.
    struct Directory: ~Copyable {
        fileprivate let descriptor: Int32

        deinit { _ = close(descriptor) }
    }

    /// Opens a directory by absolute or relative path, refusing a symbolic link in its last component.
    static func openDirectory(_ path: String) throws(Failure) -> Directory {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", path) }
        return Directory(descriptor: fd)
    }

    /// Opens (creating it when `create` is set) the child directory `name` of `parent`, never following a link.
    static func openChildDirectory(_ parent: borrowing Directory, _ name: String, create: Bool, shownAs path: String) throws(Failure) -> Directory {
        if create, mkdirat(parent.descriptor, name, 0o755) != 0, errno != EEXIST {
            throw failure("mkdir", path)
        }
        let fd = openat(parent.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", path) }
        return Directory(descriptor: fd)
    }

    /// Creates the new regular file `name` in `parent`, writes all of `bytes` and flushes them to disk.
    static func writeNewFile(_ parent: borrowing Directory, _ name: String, _ bytes: [UInt8], shownAs path: String) throws(Failure) {
        // O_EXCL: a name written twice, or anything already there (a planted link), is an error, not an overwrite.
        let fd = openat(parent.descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("create", path) }
        defer { _ = close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure("write", path)
            }
            offset += written
        }
        guard fsync(fd) == 0 else { throw failure("fsync", path) }
    }

    /// Links the existing regular file at `source` (absolute) into `parent` as `name`: a page the previous
    /// output holds unchanged enters the new output without being written again.
    static func linkFile(_ source: String, into parent: borrowing Directory, _ name: String, shownAs path: String) throws(Failure) {
        guard linkat(AT_FDCWD, source, parent.descriptor, name, 0) == 0 else { throw failure("link", path) }
    }

    /// What tells one state of a file from another without reading it: size, change time, inode and device.
    struct FileIdentity: Codable, Hashable, Sendable {
        let size: Int64
        let modifiedSeconds: Int64
        let modifiedNanoseconds: Int64
        let inode: UInt64
        let device: UInt64
    }

    /// The identity of the regular file at `path` (`lstat`: a link is not followed); `nil` for anything else.
    static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(
            size: Int64(info.st_size), modifiedSeconds: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }

    /// Flushes a directory's entries to disk, so a rename that follows cannot reveal missing names after a crash.
    static func sync(_ directory: borrowing Directory, shownAs path: String) throws(Failure) {
        guard fsync(directory.descriptor) == 0 else { throw failure("fsync", path) }
    }

    /// Flushes an existing file (one an external program wrote) to disk.
    static func syncFile(_ path: String) throws(Failure) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", path) }
        defer { _ = close(fd) }
        guard fsync(fd) == 0 else { throw failure("fsync", path) }
    }

    /// Creates a directory that must not exist yet.
    static func makeDirectory(_ path: String) throws(Failure) {
        guard mkdir(path, 0o755) == 0 else { throw failure("mkdir", path) }
    }

    /// Renames `from` to `to` (both in the same parent); fails rather than replace a non-empty directory.
    static func move(_ from: String, _ to: String) throws(Failure) {
        guard rename(from, to) == 0 else { throw failure("rename", from + " → " + to) }
    }

    /// Swaps two existing paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`).
    ///
    /// Returns `false`, changing nothing, where the kernel, C library or file system cannot;
    /// the caller then falls back to two renames.
    static func exchange(_ first: String, _ second: String) throws(Failure) -> Bool {
        #if os(Linux)
        // Swift's Glibc module hides renameat2 (it needs _GNU_SOURCE), so look the symbol up at run time.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        let renameExchange: UInt32 = 1 << 1
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return true }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return false }
        throw failure("renameat2", first + " ⇄ " + second)
        #else
        return false
        #endif
    }

    /// What a path is, without following a final symbolic link.
    enum Kind: Sendable { case missing, directory, symbolicLink, other }

    /// The kind of entry at `path` (`lstat`).
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The absolute path with every symbolic link resolved (`realpath`), when it exists.
    static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// This process's id, which names its temporary folders.
    static var processID: Int32 { getpid() }

    /// Whether a process with this id is running (a temporary folder of a live build is left alone).
    static func processIsAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// The failure of the call just made, with the system's reason (`errno`).
    private static func failure(_ operation: String, _ path: String) -> Failure {
        Failure(operation: operation, path: path, reason: String(cString: strerror(errno)))
    }
}
