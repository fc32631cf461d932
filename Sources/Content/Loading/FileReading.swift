import Foundation

/// Why a file could not be read. Facts only: the Validation stage words them.
public enum ReadFailure: Error, Hashable, Sendable {
    /// Nothing at the path (a dangling symlink too).
    case missing
    /// A folder, FIFO, device or socket where a text file was expected; `kind` is what it is.
    case notRegularFile(kind: FileKind)
    /// A symlink (or a path through one) that ends outside `root`; what it points to is never read.
    case outsideRoot(root: String)
    /// The system refused: no permission, an I/O error…; `reason` is `strerror`'s text.
    case system(code: Int32, reason: String)
    /// Larger than the limit, by `stat` or while reading (the file grew); nothing past the limit is read.
    case tooLarge(bytes: Int, limit: Int)
}

/// What a path that is not a regular file turned out to be.
public enum FileKind: String, Hashable, Sendable {
    case folder, fifo, device, socket, other
}

/// Reads text files the way untrusted content must be read: `stat` first, regular files only, capped, and,
/// given a root, never from outside it.
///
/// `FileManager.contents(atPath:)` reads a FIFO forever, `/dev/zero` until memory runs out and a 1 GB file
/// whole before anything can refuse it; a symlink in `experiencias/` would show lines of `/etc/passwd` in
/// diagnostics. The descriptor is opened non-blocking and checked again with `fstat`, so a file swapped
/// for a FIFO between the two looks cannot hang the reader either.
public enum FileReading {
    /// The file's bytes, at most `limit`; `root`, when given, is the folder the file's real path must stay in.
    public static func read(path: String, limit: Int, root: String? = nil) -> Result<[UInt8], ReadFailure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : system(errno)) }
        if let kind = nonRegularKind(info.st_mode) { return .failure(.notRegularFile(kind: kind)) }
        if let root, !isInside(path, root: root) { return .failure(.outsideRoot(root: root)) }
        if Int(info.st_size) > limit { return .failure(.tooLarge(bytes: Int(info.st_size), limit: limit)) }

        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(system(errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return .failure(system(errno)) }
        if let kind = nonRegularKind(info.st_mode) { return .failure(.notRegularFile(kind: kind)) }

        // One byte past the limit tells a file that grew since `stat` from one exactly at the limit.
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size), limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else { return .failure(.tooLarge(bytes: max(Int(info.st_size), filled), limit: limit)) }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(system(errno))
            }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    /// Whether the real path of `path` (symlinks resolved) lies under the real path of `root`.
    public static func isInside(_ path: String, root: String) -> Bool {
        guard let real = realPath(path), let realRoot = realPath(root) else { return false }
        return real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    /// What a mode says the file is, when it is not a regular file.
    static func nonRegularKind(_ mode: mode_t) -> FileKind? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .folder
        case S_IFIFO: .fifo
        case S_IFCHR, S_IFBLK: .device
        case S_IFSOCK: .socket
        default: .other
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func system(_ code: Int32) -> ReadFailure {
        .system(code: code, reason: String(cString: strerror(code)))
    }
}
