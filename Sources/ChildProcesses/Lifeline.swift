import Foundation
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// A pipe whose write end only `rme` holds: the child's group ends when it closes, whether `rme` finished,
/// was stopped with Ctrl-C, or was killed with SIGKILL (the kernel closes a dead process's descriptors).
///
/// The child is started through a small `sh` guard in its own process group: the guard keeps the pipe's read
/// end in a background watcher, then becomes the program itself (`exec`). When the pipe reaches its end the
/// watcher kills the whole group, so a program that started children of its own leaves none behind either.
struct Lifeline: ~Copyable {
    /// The end the child reads (its standard input), given away when it starts.
    let readEnd: Int32
    /// The end `rme` holds until the child is done; never inherited (close-on-exec).
    private let writeEnd: Int32

    /// A new pipe, both ends close-on-exec so no other child inherits them (the child's copy of the read end is
    /// made by `dup2`, which clears the flag; swift-subprocess also closes every other descriptor in the child).
    init() throws {
        let ends = try FileDescriptor.pipe()
        readEnd = ends.readEnd.rawValue
        writeEnd = ends.writeEnd.rawValue
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
    }

    /// Lets the watcher go: it kills whatever is left of the child's group.
    consuming func release() {
        close(writeEnd)
        discard self
    }

    deinit { close(writeEnd) }

    /// The guard: `sh -c script rme-guardia PROGRAM ARGUMENTS…`.
    ///
    /// The watcher reads descriptor 3 (the lifeline) and never gets a line: `read` returns at the pipe's end.
    /// The program gets no lifeline and an empty standard input.
    static let guardScript = """
        exec 3<&0 0</dev/null
        ( read -r _ <&3; kill -KILL 0 ) &
        exec 3<&-
        exec "$@"
        """

    /// The guard's name in `ps` while the program starts.
    static let guardName = "rme-guardia"
}
