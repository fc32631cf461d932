import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs an external program with a time limit (the PDF engines, pandoc, Pagefind, poppler's tools), so that it
/// never outlives `rme`, never hangs it, and what it prints on standard error stays bounded and printable.
///
/// Built on swift-subprocess (its own process group, a teardown on cancellation, waiting on a pidfd rather
/// than on pipes), with a lifeline (`Lifeline`) that ends the child's group when `rme` ends, however it ends.
public enum SubprocessRunner {
    /// How a run ended.
    public struct Result: Sendable {
        /// The exit status, or the signal number when it was killed.
        public let status: Int32
        public let timedOut: Bool
        /// Stopped because the task running it was cancelled.
        public let cancelled: Bool
        /// The end of its standard error (the part that explains a failure), control characters made visible.
        public let errorOutput: String
    }

    /// How long a child stopped with SIGTERM has before SIGKILL.
    static let gracePeriod: Duration = .seconds(2)

    /// Runs `executable` with `arguments` and exactly `environment`; past `timeout`, or once the task running
    /// this is cancelled (unless `followsCancellation` is false), its whole process group is stopped (SIGTERM,
    /// then SIGKILL). Its standard output goes to `output` (a file, which no chatty program can fill up as it
    /// would a pipe), or nowhere; its standard input is empty. Throws only when the program cannot be started.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration,
        output: FileHandle? = nil, followsCancellation: Bool = true
    ) async throws -> Result {
        guard followsCancellation else {
            // A task of its own, which the caller's cancellation does not reach.
            return try await Task { try await run(executable, arguments, environment: environment, timeout: timeout, output: output) }.value
        }
        let errorOutput = try ErrorOutput()
        let lifeline = try Lifeline()
        var options = PlatformOptions()
        // setpgid(0, 0) in the child: a group of its own, which can be stopped as a whole.
        options.processGroupID = 0
        options.teardownSequence = [.send(signal: .terminate, toProcessGroup: true, allowedDurationToNextStep: gracePeriod)]
        var childEnvironment: [Environment.Key: String] = [:]
        for (key, value) in environment { childEnvironment[Environment.Key(stringLiteral: key)] = value }
        let configuration = Configuration(
            executable: .path(FilePath("/bin/sh")),
            arguments: Arguments(["-c", Lifeline.guardScript, Lifeline.guardName, executable] + arguments),
            environment: .custom(childEnvironment),
            platformOptions: options
        )
        let input = FileDescriptor(rawValue: lifeline.readEnd)
        let errorDescriptor = FileDescriptor(rawValue: errorOutput.descriptor)
        // Nowhere is /dev/null, opened here and closed once the child has its copy.
        let outputDescriptor = try output.map { FileDescriptor(rawValue: $0.fileDescriptor) }
            ?? FileDescriptor.open("/dev/null", .writeOnly, options: .closeOnExec)
        let closesOutput = output == nil
        let started = StartedGroup()

        let (first, ending) = await withTaskGroup(of: Event?.self) { group -> (Event?, Event?) in
            group.addTask {
                do {
                    let outcome = try await Subprocess.run(
                        configuration,
                        input: .fileDescriptor(input, closeAfterSpawningProcess: true),
                        output: .fileDescriptor(outputDescriptor, closeAfterSpawningProcess: closesOutput),
                        error: .fileDescriptor(errorDescriptor, closeAfterSpawningProcess: false)
                    ) { execution in
                        started.record(execution.processIdentifier.value)
                    }
                    return .ended(outcome.terminationStatus)
                } catch {
                    return .failed(error)
                }
            }
            group.addTask {
                do {
                    try await Task.sleep(for: timeout)
                    return .timedOut
                } catch {
                    return nil
                }
            }
            // The first to come decides; a timeout cancels the run, whose teardown stops the group and ends it.
            var first: Event?
            var ending: Event?
            for await event in group {
                guard let event else { continue }
                if first == nil { first = event }
                if case .timedOut = event {} else { ending = event }
                group.cancelAll()
            }
            return (first, ending)
        }
        // Whatever of its group is still alive (the program's own children, one that ignored SIGTERM) goes now,
        // by the watcher and, should the watcher itself have been stopped, directly. The group's number cannot
        // have been reused while any of its members lives.
        lifeline.release()
        if let group = started.group { kill(-group, SIGKILL) }

        let timedOut = if case .timedOut? = first { true } else { false }
        let cancelled = !timedOut && Task.isCancelled
        switch ending {
        case .ended(let status)?:
            let code: Int32 = switch status {
            case .exited(let code): code
            case .signaled(let signal): signal
            }
            return Result(status: code, timedOut: timedOut, cancelled: cancelled, errorOutput: errorOutput.tail())
        case .failed(let error)? where started.group == nil && !timedOut && !cancelled:
            throw error
        default:
            return Result(status: SIGKILL, timedOut: timedOut, cancelled: cancelled, errorOutput: errorOutput.tail())
        }
    }

    /// What ends a run first: the program, or the clock.
    private enum Event: Sendable {
        case ended(TerminationStatus)
        case failed(any Error)
        case timedOut
    }
}

extension SubprocessRunner {
    /// Runs a program that answers with a little text (`pdfinfo`, `python3 -c`); its standard output, or `nil`
    /// when it could not run, failed or ran past `timeout`. At most `limit` bytes are read back.
    public static func text(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration = .seconds(30),
        limit: Int = 4 << 20
    ) async -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rme-salida-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: file.path, contents: nil),
              let handle = try? FileHandle(forUpdating: file) else { return nil }
        try? FileManager.default.removeItem(at: file)
        defer { try? handle.close() }
        guard let result = try? await run(executable, arguments, environment: environment, timeout: timeout, output: handle),
              result.status == 0, !result.timedOut, !result.cancelled else { return nil }
        try? handle.seek(toOffset: 0)
        guard let data = try? handle.read(upToCount: limit) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The child's process group, once it started (its process ID is its group's).
private final class StartedGroup: @unchecked Sendable {
    private let lock = NSLock()
    private var pid: pid_t?

    func record(_ pid: pid_t) { lock.withLock { self.pid = pid } }
    var group: pid_t? { lock.withLock { pid } }
}
