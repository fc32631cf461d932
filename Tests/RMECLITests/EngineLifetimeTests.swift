import Foundation
import Testing
import TestSupport

/// `rme build --pdf` stopped from outside (SIGKILL, SIGINT, SIGTERM) while the PDF engine runs: the engine and
/// the children it started end with it, and no output appears.
@Suite("rme build --pdf detenido desde fuera", .serialized)
struct EngineLifetimeTests {
    /// Whether `pid` ends (or is only a zombie) within `seconds`.
    static func ends(_ pid: pid_t, within seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return true }
            let state = stat[stat.index(close, offsetBy: 2)]
            if state == "Z" || state == "X" { return true }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return false
    }

    /// The number written in `path` once it appears, waiting up to a minute (the build checks first).
    static func recordedPID(_ path: String) -> pid_t? {
        for _ in 0..<1200 {
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
               text.hasSuffix("\n"), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    @Test("the engine and its background child end when rme gets the signal", .enabled(if: RMEBinary.url != nil, RMEBinary.absentReason),
          arguments: [SIGKILL, SIGINT, SIGTERM])
    func engineEndsWithRME(signal: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bin = folder.url.appendingPathComponent("bin").path
        // An engine that starts a background child holding its descriptors, then never finishes.
        try StandInPDFEngine.install(in: bin, before: """
            sleep 1000 &
            echo $! > '\(folder.url.path)/nieto.tmp' && mv '\(folder.url.path)/nieto.tmp' '\(folder.url.path)/nieto'
            echo $$ > '\(folder.url.path)/motor.tmp' && mv '\(folder.url.path)/motor.tmp' '\(folder.url.path)/motor'
            while :; do sleep 1; done
            """)
        let output = folder.url.appendingPathComponent("Output").path
        let process = Process()
        process.executableURL = try #require(RMEBinary.url)
        process.arguments = ["build", Repository.content.path, "--out", output, "--pdf", "--sin-busqueda"]
        process.environment = ["PATH": bin + ":/usr/bin:/bin", "LANG": "es_CL.UTF-8"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        let engine = try #require(Self.recordedPID(folder.url.path + "/motor"), "the stand-in engine never started")
        let grandchild = try #require(Self.recordedPID(folder.url.path + "/nieto"), "the stand-in engine's child never started")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()

        #expect(process.terminationStatus != 0)
        #expect(Self.ends(engine), "the PDF engine \(engine) outlived rme after signal \(signal)")
        #expect(Self.ends(grandchild), "the engine's child \(grandchild) outlived rme after signal \(signal)")
        #expect(!FileManager.default.fileExists(atPath: output), "a stopped build wrote Output/")
        if !Self.ends(engine, within: 0) { kill(engine, SIGKILL) }
        if !Self.ends(grandchild, within: 0) { kill(grandchild, SIGKILL) }
    }
}
