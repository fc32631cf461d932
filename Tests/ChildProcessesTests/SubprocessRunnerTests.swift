import Foundation
import Testing
@testable import ChildProcesses

/// Running programs the way the PDF engines, pandoc and Pagefind are run: real `sh` scripts standing in for
/// engines that misbehave (children of their own, ignored signals, endless output).
@Suite("Child processes")
struct SubprocessRunnerTests {
    /// A private folder for one test's scripts and the process IDs they write down.
    private let folder: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rme-hijos-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    private let environment = ["PATH": "/usr/bin:/bin"]

    /// Runs `script` with `sh`.
    private func run(_ script: String, timeout: Duration = .seconds(120)) async throws -> SubprocessRunner.Result {
        try await SubprocessRunner.run("/bin/sh", ["-c", script], environment: environment, timeout: timeout)
    }

    /// The process ID a script wrote into `name`, waiting for it up to 30 s.
    private func recordedPID(_ name: String) async throws -> pid_t {
        for _ in 0..<300 {
            if let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw RecordMissing(name: name)
    }

    private struct RecordMissing: Error { let name: String }

    @Test("a program that leaves a child holding its standard error open ends the run when it exits; the child goes too")
    func grandchildHoldingStandardError() async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try await run("sleep 300 & echo $! > '\(folder)/nieto'; echo listo >&2; exit 0")
        #expect(result.status == 0)
        #expect(!result.timedOut)
        #expect(result.errorOutput == "listo")
        #expect(ProcessTable.ends(try await recordedPID("nieto")))
    }

    @Test("past its time limit the whole group is stopped, also a child that ignores SIGTERM")
    func timeoutStopsTheGroup() async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = """
            trap '' TERM
            ( trap '' TERM; echo $$ > /dev/null; exec sleep 300 ) &
            echo $! > '\(folder)/nieto'
            echo $$ > '\(folder)/hijo'
            while :; do sleep 1; done
            """
        let result = try await run(script, timeout: .seconds(2))
        #expect(result.timedOut)
        #expect(ProcessTable.ends(try await recordedPID("hijo")))
        #expect(ProcessTable.ends(try await recordedPID("nieto")))
    }

    @Test("a cancelled run stops the program and says it was cancelled")
    func cancellation() async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let running = Task { try await run("echo $$ > '\(folder)/hijo'; exec sleep 300") }
        let child = try await recordedPID("hijo")
        running.cancel()
        let result = try await running.value
        #expect(result.cancelled)
        #expect(!result.timedOut)
        #expect(ProcessTable.ends(child))
    }

    @Test("standard error: only its end is kept, whatever its size, with control characters made visible")
    func errorOutputBoundedAndVisible() async throws {
        let result = try await run("""
            head -c 20000000 /dev/zero | tr '\\0' 'x' >&2
            printf '\\n\\033[31mrojo\\007 campana\\r\\nfin\\342\\200\\256\\n' >&2
            exit 3
            """)
        #expect(result.status == 3)
        #expect(result.errorOutput.utf8.count <= ErrorOutput.tailLimit * 2)
        #expect(result.errorOutput.hasSuffix("^[[31mrojo^G campana\nfin<U+202E>"))
        #expect(!result.errorOutput.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test("the program's standard input is empty: one that reads it does not wait for rme")
    func emptyStandardInput() async throws {
        let result = try await run("cat; echo leído >&2")
        #expect(result.status == 0)
        #expect(result.errorOutput == "leído")
    }

    @Test("a program killed by a signal reports the signal")
    func killedBySignal() async throws {
        let result = try await run("kill -9 $$")
        #expect(result.status == SIGKILL)
    }

    @Test("text() gives the standard output of a program that succeeds, nil for one that fails or is missing")
    func text() async {
        #expect(await SubprocessRunner.text("/bin/sh", ["-c", "echo hola"], environment: environment) == "hola\n")
        #expect(await SubprocessRunner.text("/bin/sh", ["-c", "echo hola; exit 1"], environment: environment) == nil)
        #expect(await SubprocessRunner.text("/nonexistent/program", [], environment: environment) == nil)
    }
}

/// Whether a process is still running, from `/proc` (a zombie waiting for its parent counts as ended).
enum ProcessTable {
    /// Whether the process `pid` ends within `seconds`.
    static func ends(_ pid: pid_t, within seconds: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !isRunning(pid) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return !isRunning(pid)
    }

    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }
}
