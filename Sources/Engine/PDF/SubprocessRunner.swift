import Dispatch
import Foundation

/// Runs an external program with a time limit, collecting what it prints on standard error (the PDF engines,
/// and pandoc for Word files).
public enum SubprocessRunner {
    /// How a run ended.
    public struct Result: Sendable {
        /// The exit status, or the signal number when it was killed.
        public let status: Int32
        public let timedOut: Bool
        /// Stopped because the task running it was cancelled.
        public let cancelled: Bool
        /// The end of its standard error (the part that explains a failure).
        public let errorOutput: String
    }

    /// Runs `executable` with `arguments` and `environment`; past `timeout`, or once the task running it is
    /// cancelled, it is stopped (SIGTERM, then SIGKILL). Its standard output goes to `output` (a file, which no
    /// chatty program can fill up as it would a pipe), or nowhere.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration,
        output: FileHandle? = nil, isCancelled: () -> Bool = { Task.isCancelled }
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
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
        var cancelled = false
        // Woken every tenth of a second to see whether the task running this was cancelled (a newer change
        // in the preview server makes the print in flight worthless).
        let deadline = DispatchTime.now() + timeout.dispatchInterval
        var ended = false
        while !ended {
            ended = finished.wait(timeout: min(deadline, .now() + .milliseconds(100))) == .success
            if ended { break }
            if isCancelled() { cancelled = true }
            if DispatchTime.now() >= deadline { timedOut = true }
            if cancelled || timedOut { break }
        }
        if !ended {
            process.terminate()
            if finished.wait(timeout: .now() + .seconds(5)) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
        }
        process.waitUntilExit()
        // Children of the engine may hold the pipe open; do not wait for them longer than a moment.
        _ = collected.wait(upTo: .seconds(5))
        return Result(status: process.terminationStatus, timedOut: timedOut, cancelled: cancelled, errorOutput: collected.text)
    }
}

extension SubprocessRunner {
    /// Runs a program that answers with a little text (`pdfinfo`, `python3 -c`); its standard output, or `nil`
    /// when it could not run, failed or ran past `timeout`. At most `limit` bytes are read back.
    static func text(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration = .seconds(30),
        limit: Int = 4 << 20
    ) -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rme-salida-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: file.path, contents: nil),
              let handle = try? FileHandle(forUpdating: file) else { return nil }
        defer {
            try? handle.close()
            try? FileManager.default.removeItem(at: file)
        }
        guard let result = try? run(executable, arguments, environment: environment, timeout: timeout, output: handle),
              result.status == 0, !result.timedOut, !result.cancelled else { return nil }
        try? handle.seek(toOffset: 0)
        guard let data = try? handle.read(upToCount: limit) else { return "" }
        return String(decoding: data, as: UTF8.self)
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
