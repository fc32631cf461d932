import Foundation
import Testing
import TestSupport
@testable import Engine

/// The real `rme build`, run as a separate process and made to fail or killed with SIGKILL:
/// the previous `Output/` must stay byte-for-byte what it was, and the next run must clean up.
@Suite("Atomic output (rme binary)", .enabled(if: RMEProcess.url != nil, RMEProcess.absentReason))
struct AtomicityTests {
    /// A project with the real content and templates, built once; returns its path and the output's snapshot.
    private func builtProject(_ scratch: ScratchFolder) throws -> (project: String, before: FolderSnapshot) {
        let project = try RealContent.copyProject(into: scratch)
        let first = try RMEProcess.run(["build"], in: project)
        try #require(first.status == 0, Comment(rawValue: first.stderr))
        let before = FolderSnapshot(project + "/Output")
        try #require(before.entries["2015-2017/booklet.html"] != nil)
        return (project, before)
    }

    /// The names beside the output that a build left (staging or aside folders).
    private func leftovers(_ project: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: project)) ?? []).filter { $0.hasPrefix("Output.") }.sorted()
    }

    @Test("success: exit 0 and the paths to open, relative to where rme ran")
    func success() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let project = try RealContent.copyProject(into: scratch)
        let result = try RMEProcess.run(["build"], in: project)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Output/2015-2017/booklet.html (cuadernillo)"))
        #expect(result.stdout.contains("Output/2015-2017/index.html (sitio de la edición"))
        #expect(result.stdout.contains("Todas las ediciones: Output/index.html"))
        // The real edition's warnings are shown as `rme check` shows them, on standard error.
        #expect(result.stderr.contains("advertencia[cross-check.school-count]"))
        #expect(leftovers(project).isEmpty)
    }

    @Test("a bad file: exit 1, its diagnostic, and the previous output identical")
    func failedBuild() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let (project, before) = try builtProject(scratch)
        let file = project + "/Content/2015-2017/experiencias/tarapaca.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "desde: 2015", with: "desde: dosmilquince").write(toFile: file, atomically: true, encoding: .utf8)

        let result = try RMEProcess.run(["build"], in: project)
        #expect(result.status == 1)
        #expect(result.stderr.contains("tarapaca.md:5:"))
        #expect(result.stderr.contains("No se escribió nada en Output."))
        #expect(result.stdout.isEmpty)
        #expect(FolderSnapshot(project + "/Output") == before)
        #expect(leftovers(project).isEmpty)

        let json = try RMEProcess.run(["build", "--format", "json", "--lang", "en"], in: project)
        #expect(json.status == 1)
        #expect(json.stdout.hasPrefix("[\n") && json.stdout.contains("\"file\":\"Content/2015-2017/experiencias/tarapaca.md\""))
        #expect(FolderSnapshot(project + "/Output") == before)
    }

    @Test("killed with SIGKILL with everything written, just before the swap: previous output identical, next run cleans up")
    func killedBeforeSwap() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let (project, before) = try builtProject(scratch)
        try RealContent.touchExperience(in: project, mark: "k1")
        let expectedFiles = before.entries.keys.filter { !$0.hasSuffix("/") }.count

        let running = try RMEProcess.start(["build"], in: project, environment: ["RME_TEST_PAUSE_BEFORE_SWAP": "120"])
        // Wait until the staging folder holds every file (the build then sleeps before swapping).
        var staged: String?
        for _ in 0..<600 {
            if let name = leftovers(project).first(where: { $0.hasPrefix("Output.tmp-\(running.pid)-") }),
               FolderSnapshot(project + "/" + name).entries.keys.filter({ !$0.hasSuffix("/") }).count == expectedFiles {
                staged = name
                break
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let killed = running.kill()
        try #require(staged != nil, "the build never finished writing its staging folder: \(killed.stderr)")
        #expect(killed.reason == .uncaughtSignal)
        #expect(FolderSnapshot(project + "/Output") == before)
        #expect(leftovers(project) == [staged!])

        let next = try RMEProcess.run(["build"], in: project)
        #expect(next.status == 0)
        #expect(next.stdout.contains("Se eliminó \(staged!)"))
        #expect(leftovers(project).isEmpty)
        let after = FolderSnapshot(project + "/Output")
        #expect(after != before)
        #expect(String(decoding: after.entries["2015-2017/booklet.html"] ?? Data(), as: UTF8.self).contains("(v-k1)"))
    }

    @Test("killed with SIGKILL at random moments of writing: the output is always the whole previous build or the whole new one")
    func killedAtRandomMoments() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let (project, _) = try builtProject(scratch)
        // Two complete outputs to compare against: content marked "a" and content marked "b".
        var complete: [String: FolderSnapshot] = [:]
        for mark in ["a", "b"] {
            try RealContent.touchExperience(in: project, mark: mark)
            let result = try RMEProcess.run(["build"], in: project)
            try #require(result.status == 0, Comment(rawValue: result.stderr))
            complete[mark] = FolderSnapshot(project + "/Output")
        }
        try #require(complete["a"] != complete["b"])

        var generator = SystemRandomNumberGenerator()
        var outcomes: [String] = []
        var current = "b"
        for attempt in 0..<10 {
            let target = current == "a" ? "b" : "a"
            try RealContent.touchExperience(in: project, mark: target)
            let running = try RMEProcess.start(["build"], in: project)
            // Writing takes milliseconds: watch for the staging folder, then kill a random moment later
            // (during the writes, the flush, the swap, or just after).
            let stagingPrefix = "Output.tmp-\(running.pid)-"
            var sawStaging = false
            while running.process.isRunning {
                if leftovers(project).contains(where: { $0.hasPrefix(stagingPrefix) }) {
                    sawStaging = true
                    break
                }
                usleep(200)
            }
            usleep(UInt32.random(in: 0...(attempt.isMultiple(of: 2) ? 2_000 : 20_000), using: &generator))
            let staged = leftovers(project).first { $0.hasPrefix(stagingPrefix) }
            let stagedFiles = staged.map { FolderSnapshot(project + "/" + $0).entries.count } ?? -1
            _ = running.kill()
            let now = FolderSnapshot(project + "/Output")
            let moment = sawStaging ? "staging seen, \(stagedFiles) entries at kill" : "ended before staging was seen"
            if now == complete[current] {
                outcomes.append("\(attempt): previous (\(moment))")
            } else if now == complete[target] {
                outcomes.append("\(attempt): new (\(moment))")
                current = target
            } else {
                Issue.record("attempt \(attempt) (\(moment)): the output is neither build; differs in \(now.differences(from: complete[current]!).prefix(5))")
                return
            }
        }
        // The next run removes whatever the kills left beside the output.
        let next = try RMEProcess.run(["build"], in: project)
        #expect(next.status == 0)
        #expect(leftovers(project).isEmpty, "left: \(leftovers(project)); outcomes: \(outcomes)")
        if ProcessInfo.processInfo.environment["RME_TEST_VERBOSE"] != nil { print(outcomes.joined(separator: "\n")) }
    }

    @Test("two consecutive builds of the binary are byte-identical")
    func reproducible() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let (project, before) = try builtProject(scratch)
        let again = try RMEProcess.run(["build"], in: project)
        #expect(again.status == 0)
        #expect(FolderSnapshot(project + "/Output").differences(from: before) == [])
    }

    @Test("--pdf with only Chromium: the PDF is made with it, and the message says what it lacks",
          .enabled(if: ExternalTool.installed("chromium"), "chromium is not installed (`make test` installs it)"))
    func chromiumFallback() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let project = try RealContent.copyProject(into: scratch)
        let result = try RMEProcess.run(["build", "--pdf"], in: project, environment: ["RME_PDF_ENGINE": "chromium"])
        #expect(result.status == 0, Comment(rawValue: result.stderr))
        #expect(result.stdout.contains("Output/2015-2017/booklet.pdf (Chromium)"))
        #expect(result.stdout.contains("apt-get install weasyprint"))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: project + "/Output/2015-2017/booklet.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(leftovers(project).isEmpty)
    }

    @Test("--pdf with no engine on PATH: exit 2, the Spanish message naming the package, the output identical")
    func noEngine() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let (project, before) = try builtProject(scratch)
        let result = try RMEProcess.run(["build", "--pdf"], in: project, environment: ["PATH": scratch.path("empty-bin")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("apt-get install weasyprint"))
        #expect(FolderSnapshot(project + "/Output") == before)
        #expect(leftovers(project).isEmpty)
    }

    @Test("--pdf with an engine that fails: exit 2, its error shown, the output identical and nothing left beside it")
    func failingEngine() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let (project, before) = try builtProject(scratch)
        let bin = scratch.path("fake-bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let fake = try scratch.write("fake-bin/weasyprint", "#!/bin/sh\necho 'fake engine: cannot print' >&2\nexit 3\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)

        let result = try RMEProcess.run(["build", "--pdf"], in: project, environment: ["PATH": bin + ":/usr/bin:/bin", "RME_PDF_ENGINE": "weasyprint"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fake engine: cannot print"))
        #expect(result.stderr.contains("No se modificó Output"))
        #expect(FolderSnapshot(project + "/Output") == before)
        #expect(leftovers(project).isEmpty)
    }
}
