import Foundation
import Testing
import TestSupport
@testable import Engine

/// A build that changes nothing finds its output current and does nothing; any change to what it reads, what
/// it was asked or the output itself makes it build again.
@Suite("Up-to-date builds")
struct UpToDateBuildTests {
    /// One build of `request` with the cache kept in `cacheFolder`, as `rme build` runs it.
    func build(_ request: BuildRequest, cacheFolder: String) async throws -> BuildOutcome {
        try await BuildPipeline(request: request, cache: BuildCache(folder: cacheFolder)).run()
    }

    /// The inode of each file of `output`, to tell a file left alone from one written again with the same bytes.
    func inodes(_ output: String) -> [String: UInt64] {
        var found: [String: UInt64] = [:]
        for file in PreviousOutput(output: output).listing() ?? [] { found[file.path] = file.identity.inode }
        return found
    }

    @Test("the same build twice: the second says what the first said, with the same warnings, and touches no file")
    func sameBuildTwice() async throws {
        let scratch = try ScratchFolder("up-to-date")
        defer { scratch.remove() }
        let project = try RealContent.copyProject(into: scratch)
        let output = scratch.path("Output"), cacheFolder = scratch.path(".rme-cache")
        let request = RealContent.request(contentRoot: project + "/Content", output: output)
        let first = try #require(try await build(request, cacheFolder: cacheFolder).report)
        let before = FolderSnapshot(output), inodesBefore = inodes(output)

        guard case .upToDate(let second) = try await build(request, cacheFolder: cacheFolder) else {
            Issue.record("an unchanged build was built again")
            return
        }
        #expect(second.diagnostics == first.checks.flatMap(\.diagnostics))
        #expect(second.fileCount == first.checks.fileCount)
        #expect(second.editions.map(\.id) == first.editions.map(\.id))
        #expect(second.editions.map(\.bookletHTML) == first.editions.map(\.bookletHTML))
        #expect(second.search == first.search)
        #expect(FolderSnapshot(output).differences(from: before) == [])
        #expect(inodes(output) == inodesBefore, "an up-to-date build wrote files")
    }

    @Test("a touched output, a new date, a stray file, an edited template or a lost cache: built again, then current again")
    func anyChangeBuildsAgain() async throws {
        let scratch = try ScratchFolder("up-to-date-changes")
        defer { scratch.remove() }
        let project = try RealContent.copyProject(into: scratch)
        let output = scratch.path("Output"), cacheFolder = scratch.path(".rme-cache")
        var request = RealContent.request(contentRoot: project + "/Content", output: output)
        request.templatesFolder = project + "/Templates"
        _ = try #require(try await build(request, cacheFolder: cacheFolder).report)
        let clean = FolderSnapshot(output)

        /// Runs one build after `change`: it must go through (not up to date), then the same build must be current.
        func expectBuiltAgain(_ what: String, sameAsClean: Bool = true) async throws {
            let outcome = try await build(request, cacheFolder: cacheFolder)
            #expect(outcome.report != nil, "\(what): not built again")
            if sameAsClean { #expect(FolderSnapshot(output).differences(from: clean) == [], "\(what): the output was not restored") }
            guard case .upToDate = try await build(request, cacheFolder: cacheFolder) else {
                Issue.record("\(what): the build after it was not up to date")
                return
            }
        }

        try Data("<p>cambiada</p>".utf8).write(to: URL(fileURLWithPath: output + "/2015-2017/index.html"))
        try await expectBuiltAgain("a page of the output edited")
        try FileManager.default.removeItem(atPath: output + "/2015-2017/resumen.html")
        try await expectBuiltAgain("a page of the output deleted")
        try Data("nota".utf8).write(to: URL(fileURLWithPath: output + "/2015-2017/nota.txt"))
        try await expectBuiltAgain("a file added to the output")
        try FileManager.default.removeItem(atPath: cacheFolder)
        try await expectBuiltAgain("the cache folder deleted")

        request.environment["SOURCE_DATE_EPOCH"] = "1700000000"
        try await expectBuiltAgain("a date to print", sameAsClean: false)
        request.environment = [:]
        try await expectBuiltAgain("the date taken away")

        try Data("notas".utf8).write(to: URL(fileURLWithPath: project + "/Content/2015-2017/experiencias/notas.docx"))
        let stray = try await build(request, cacheFolder: cacheFolder)
        #expect(stray.report?.checks.flatMap(\.diagnostics).contains { $0.code == "edition.stray-file" } == true,
                "a stray file in experiencias/ was not reported")
        guard case .upToDate(let current) = try await build(request, cacheFolder: cacheFolder) else {
            Issue.record("the build after the stray file was not up to date")
            return
        }
        #expect(current.diagnostics.contains { $0.code == "edition.stray-file" }, "the warning was not carried")

        let template = project + "/Templates/chapter.mustache"
        try Data((try String(contentsOfFile: template, encoding: .utf8) + "\n").utf8).write(to: URL(fileURLWithPath: template))
        try await expectBuiltAgain("a template edited", sameAsClean: false)
    }
}
