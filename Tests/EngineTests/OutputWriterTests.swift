import Foundation
import Rendering
import Testing
@testable import Engine

/// The writer on its own: staging beside the output, swapping in whole, refusing paths that leave it, cleaning after killed builds.
@Suite("Output writer")
struct OutputWriterTests {
    /// Writes `files` through a staging folder and swaps it in, as a build does.
    private func build(_ files: [RenderedFile], into output: String) async throws {
        let writer = try OutputWriter(outputPath: output)
        writer.recoverAndClean()
        let staging = try writer.makeStagingFolder()
        do {
            try await staging.write(files)
            try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
    }

    /// A text file to write.
    private func page(_ path: String, _ text: String) -> RenderedFile {
        RenderedFile(path: path, text: text)
    }

    @Test("a build replaces the whole output: new files appear, files of the previous build are gone")
    func swapsWhole() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.path("Output")
        try await build([page("README.md", "nota"), page("2015-2017/booklet.html", "uno"), page("2015-2017/css/print.css", "a{}")], into: output)
        #expect(try String(contentsOfFile: output + "/2015-2017/booklet.html", encoding: .utf8) == "uno")

        try await build([page("README.md", "nota"), page("2018/booklet.html", "dos")], into: output)
        let snapshot = FolderSnapshot(output)
        #expect(snapshot.entries.keys.sorted() == ["2018/", "2018/booklet.html", "README.md"])
        #expect(snapshot.entries["2018/booklet.html"] == Data("dos".utf8))
        // Only the output remains in its parent: no staging or aside folder is left behind.
        #expect(scratch.entries() == ["Output"])
    }

    @Test("the first build creates the output and its missing parent folders")
    func createsOutput() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.path("deep/er/Output")
        try await build([page("a/b/c.html", "x")], into: output)
        #expect(FileManager.default.fileExists(atPath: output + "/a/b/c.html"))
    }

    @Test("paths that could leave the output are refused before anything is written", arguments: [
        "../escape.html", "/etc/escape.html", "2015-2017/../../escape.html", "a//b.html", "./a.html",
        "a/./b.html", "", "a/", "a\\..\\b.html", "a/\u{0}b.html", "a/b\n.html", String(repeating: "x", count: 256),
    ])
    func refusesEscapingPaths(_ path: String) async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.path("Output")
        try await build([page("README.md", "previous")], into: output)
        let before = FolderSnapshot(output)

        await #expect {
            try await build([page("README.md", "next"), page(path, "evil")], into: output)
        } throws: { error in
            (error as? BuildError)?.kind == .unsafeOutputPath
        }
        #expect(FolderSnapshot(output) == before)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("escape.html")))
        #expect(scratch.entries() == ["Output"])
    }

    @Test("two pages on one path, or a page where another page needs a folder, are refused")
    func refusesClashes() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.path("Output")
        for files in [
            [page("a.html", "1"), page("a.html", "2")],
            [page("a", "file"), page("a/b.html", "needs a folder called a")],
        ] {
            await #expect {
                try await build(files, into: output)
            } throws: { error in
                (error as? BuildError)?.kind == .unsafeOutputPath
            }
        }
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(scratch.entries().isEmpty)
    }

    @Test("a symbolic link planted inside the staging folder is never followed")
    func refusesPlantedLink() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let outside = scratch.path("outside")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let writer = try OutputWriter(outputPath: scratch.path("Output"))
        let staging = try writer.makeStagingFolder()
        defer { staging.discard() }
        try FileManager.default.createSymbolicLink(atPath: staging.path + "/2015-2017", withDestinationPath: outside)

        await #expect(throws: BuildError.self) {
            try await staging.write([page("2015-2017/booklet.html", "evil")])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        // A program's output adopted after the fact is checked the same way.
        try "x".write(toFile: outside + "/booklet.pdf", atomically: false, encoding: .utf8)
        #expect(throws: BuildError.self) { try staging.adopt("2015-2017/booklet.pdf") }
    }

    @Test("a linked output is written where the link points, and the link survives")
    func linkedOutput() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let real = scratch.path("real/Output")
        try await build([page("old.html", "old")], into: real)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("Output"), withDestinationPath: real)

        try await build([page("new.html", "new")], into: scratch.path("Output"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("Output")) == real)
        #expect(FolderSnapshot(real).entries.keys.sorted() == ["new.html"])
    }

    @Test("temporary folders of killed builds are removed by the next run; nothing else is touched")
    func cleansStaleFolders() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.path("Output")
        try await build([page("README.md", "previous")], into: output)
        let deadPID = try Self.finishedProcessID()
        let live = try Self.sleepingProcess()
        // SIGKILL: the test runner may pass SIGTERM down ignored.
        defer { kill(live.processIdentifier, SIGKILL); live.waitUntilExit() }

        let stale = "Output.tmp-\(deadPID)-abcd1234"
        let staleAside = "Output.old-\(deadPID)-zz99zz99"
        let stillBuilding = "Output.tmp-\(live.processIdentifier)-abcd1234"
        let lookalikes = [
            "Output.tmp-\(deadPID)-ABCD1234", "Output.tmp-\(deadPID)-abc", "Output.tmp-x-abcd1234",
            "Output.tmpx-\(deadPID)-abcd1234", "Other.tmp-\(deadPID)-abcd1234", "Output.tmp-\(deadPID)-abcd1234-more",
            "Output.bak", "Output.tmp",
        ]
        for name in [stale, staleAside, stillBuilding] + lookalikes {
            try scratch.write(name + "/file.html", name)
        }

        let removed = try OutputWriter(outputPath: output).recoverAndClean()
        #expect(removed.sorted() == [staleAside, stale].sorted())
        #expect(scratch.entries() == (["Output", stillBuilding] + lookalikes).sorted())
        #expect(FolderSnapshot(output).entries["README.md"] == Data("previous".utf8))
    }

    @Test("an output a killed two-rename swap left aside is put back")
    func recoversAside() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let deadPID = try Self.finishedProcessID()
        try scratch.write("Output.old-\(deadPID)-abcd1234/README.md", "previous")
        try scratch.write("Output.tmp-\(deadPID)-efgh5678/README.md", "half-written")

        try OutputWriter(outputPath: scratch.path("Output")).recoverAndClean()
        #expect(scratch.entries() == ["Output"])
        #expect(FolderSnapshot(scratch.path("Output")).entries["README.md"] == Data("previous".utf8))
    }

    @Test("staging folder names are recognised exactly")
    func stagingNames() {
        let fresh = StagingName.fresh(outputName: "Output", role: .building, processID: 42)
        #expect(fresh.folderName.hasPrefix("Output.tmp-42-"))
        #expect(StagingName(parsing: fresh.folderName, outputName: "Output") == fresh)
        #expect(StagingName(parsing: fresh.folderName, outputName: "Out") == nil)
        #expect(StagingName(parsing: "Output.tmp-42-abcdefgh", outputName: "Output")?.processID == 42)
        #expect(StagingName(parsing: "Output.tmp--42-abcdefgh", outputName: "Output") == nil)
        #expect(StagingName(parsing: "Output.tmp-99999999999-abcdefgh", outputName: "Output") == nil)
    }

    /// The id of a process that has already exited (so no build can be running under it).
    static func finishedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A process that stays alive until terminated, standing for a build still running.
    static func sleepingProcess() throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["120"]
        try process.run()
        return process
    }
}
