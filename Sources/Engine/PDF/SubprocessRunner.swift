import Dispatch
import Foundation

/// Runs an external program with a time limit, collecting what it prints on standard error.
enum SubprocessRunner {
    /// How a run ended.
    struct Result: Sendable {
        /// The exit status, or the signal number when it was killed.
        let status: Int32
        let timedOut: Bool
        /// The end of its standard error (the part that explains a failure).
        let errorOutput: String
    }

    /// Runs `executable` with `arguments` and `environment`; past `timeout` it is stopped (SIGTERM, then SIGKILL).
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorPipe = Pipe()
        process.standardError = errorPipe

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        // The pipe is drained on its own thread: a chatty engine would block forever on a full pipe.
        let collected = ErrorTail()
        let reader = Thread {
            collected.store(errorPipe.fileHandleForReading.readDataToEndOfFile())
        }
        try process.run()
        reader.start()

        var timedOut = false
        if finished.wait(timeout: .now() + timeout.dispatchInterval) == .timedOut {
            timedOut = true
            process.terminate()
            if finished.wait(timeout: .now() + .seconds(5)) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
        }
        process.waitUntilExit()
        // Children of the engine may hold the pipe open; do not wait for them longer than a moment.
        _ = collected.wait(upTo: .seconds(5))
        return Result(status: process.terminationStatus, timedOut: timedOut, errorOutput: collected.text)
    }
}

/// Standard error of a child process, filled by the reader thread.
private final class ErrorTail: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()

    /// Keeps what the reader thread read and wakes the waiter.
    func store(_ value: Data) {
        lock.withLock { data = value }
        done.signal()
    }

    /// Waits for the reader thread; `false` when it is still reading after `limit`.
    func wait(upTo limit: Duration) -> Bool {
        done.wait(timeout: .now() + limit.dispatchInterval) == .success
    }

    /// The last lines, valid UTF-8 or repaired.
    var text: String {
        let bytes = lock.withLock { data }
        let tail = bytes.suffix(4000)
        return String(decoding: tail, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension Duration {
    /// The same span for Dispatch.
    var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        return .milliseconds(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
