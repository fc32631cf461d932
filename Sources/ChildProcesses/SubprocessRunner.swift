import Dispatch
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

    /// Runs `executable` with `arguments` and exactly `environment`; past `timeout`, or once `isCancelled` says so
    /// (polled every tenth of a second), its whole process group is stopped (SIGTERM, then SIGKILL). Its
    /// standard output goes to `output` (a file, which no chatty program can fill up as it would a pipe), or
    /// nowhere; its standard input is empty.
    ///
    /// Blocks the calling thread; the child is started and awaited on a thread of its own
    /// (`ChildProcessExecutor`), so callers blocked here never starve it.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration,
        output: FileHandle? = nil, isCancelled: () -> Bool = { Task.isCancelled }
    ) throws -> Result {
        let errorOutput = try ErrorOutput()
        let lifeline = try Lifeline()
        var options = PlatformOptions()
        // setpgid(0, 0) in the child: a group of its own, which Ctrl-C in the terminal does not reach directly
        // (rme decides) and which can be stopped as a whole.
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

        let run = ChildRun()
        let task = Task(executorPreference: ChildProcessExecutor.shared) {
            do {
                let outcome = try await Subprocess.run(
                    configuration,
                    input: .fileDescriptor(input, closeAfterSpawningProcess: true),
                    output: .fileDescriptor(outputDescriptor, closeAfterSpawningProcess: closesOutput),
                    error: .fileDescriptor(errorDescriptor, closeAfterSpawningProcess: false)
                ) { execution in
                    run.started(execution.processIdentifier.value)
                }
                run.finish(.ended(outcome.terminationStatus))
            } catch {
                run.finish(.failed(error))
            }
        }

        var timedOut = false
        var cancelled = false
        let deadline = DispatchTime.now() + timeout.dispatchInterval
        while !run.wait(until: min(deadline, .now() + .milliseconds(100))) {
            if isCancelled() { cancelled = true }
            if DispatchTime.now() >= deadline { timedOut = true }
            if cancelled || timedOut { break }
        }
        if cancelled || timedOut {
            task.cancel()
            // The teardown takes the grace period and a SIGKILL; a child the kernel cannot kill (stuck in a
            // device) is left to it rather than hanging rme.
            if !run.wait(until: .now() + (gracePeriod + .seconds(5)).dispatchInterval), let group = run.processGroup {
                kill(-group, SIGKILL)
            }
        }
        // Whatever of its group is still alive (a program's own children) goes now, by the watcher and, if the
        // watcher itself was stopped, directly.
        lifeline.release()
        if let group = run.processGroup { kill(-group, SIGKILL) }

        switch run.ending {
        case .ended(let status)?:
            let code: Int32 = switch status {
            case .exited(let code): code
            case .signaled(let signal): signal
            }
            return Result(status: code, timedOut: timedOut, cancelled: cancelled, errorOutput: errorOutput.tail())
        case .failed(let error)?:
            if run.processGroup == nil, !(error is CancellationError) { throw error }
            return Result(status: SIGKILL, timedOut: timedOut, cancelled: cancelled, errorOutput: errorOutput.tail())
        case nil:
            return Result(status: SIGKILL, timedOut: timedOut, cancelled: cancelled, errorOutput: errorOutput.tail())
        }
    }
}

extension SubprocessRunner {
    /// Runs a program that answers with a little text (`pdfinfo`, `python3 -c`); its standard output, or `nil`
    /// when it could not run, failed or ran past `timeout`. At most `limit` bytes are read back.
    public static func text(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration = .seconds(30),
        limit: Int = 4 << 20
    ) -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rme-salida-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: file.path, contents: nil),
              let handle = try? FileHandle(forUpdating: file) else { return nil }
        try? FileManager.default.removeItem(at: file)
        defer { try? handle.close() }
        guard let result = try? run(executable, arguments, environment: environment, timeout: timeout, output: handle),
              result.status == 0, !result.timedOut, !result.cancelled else { return nil }
        try? handle.seek(toOffset: 0)
        guard let data = try? handle.read(upToCount: limit) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// What the waiting thread and the child's task share: the child's group once started, and how it ended.
private final class ChildRun: @unchecked Sendable {
    enum Ending {
        case ended(TerminationStatus)
        case failed(any Error)
    }

    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var group: pid_t?
    private var end: Ending?

    /// The child started: its process ID is its group's.
    func started(_ pid: pid_t) { lock.withLock { group = pid } }

    /// The task is over.
    func finish(_ ending: Ending) {
        lock.withLock { end = ending }
        done.signal()
    }

    /// Waits until the task is over or `deadline`; whether it is over. Once over, stays over.
    func wait(until deadline: DispatchTime) -> Bool {
        if lock.withLock({ end != nil }) { return true }
        guard done.wait(timeout: deadline) == .success else { return false }
        done.signal()
        return true
    }

    var processGroup: pid_t? { lock.withLock { group } }
    var ending: Ending? { lock.withLock { end } }
}

extension Duration {
    /// The same span for Dispatch.
    var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        return .milliseconds(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
