import Engine
import Foundation
import Testing
import TestSupport

/// The search index `rme build` makes with Pagefind in the staging folder: what it holds, when the previous
/// one is reused, and that a Pagefind that fails or is missing never costs the reader the previous output.
@Suite("Search index (Pagefind)")
struct SearchIndexTests {
    /// The Pagefind `make test` installs (PyPI `pagefind[bin]`), found as `rme build` finds it.
    static func pagefind() async throws -> Pagefind {
        try #require(await Pagefind.locate(environment: ProcessInfo.processInfo.environment),
                     "Pagefind is not installed (PyPI pagefind[bin]; `make test` installs it with scripts/install-deps.sh search)")
    }

    /// A request that indexes, with the Pagefind found.
    static func request(contentRoot: String = Repository.content.path, output: String, editionID: String? = nil) async throws -> BuildRequest {
        var request = RealContent.request(contentRoot: contentRoot, output: output, editionID: editionID,
                                          environment: ProcessInfo.processInfo.environment)
        request.makeSearchIndex = true
        request.pagefind = try await pagefind()
        return request
    }

    @Test("the real edition: one index of its 15 region pages, in Spanish, without Pagefind's unused interfaces; the next build links it")
    func indexesAndReuses() async throws {
        let scratch = try ScratchFolder("search")
        defer { scratch.remove() }
        let output = scratch.path("Output")
        let pipeline = BuildPipeline(request: try await Self.request(output: output))
        let report = try #require(try await pipeline.run().report)
        guard case .indexed(let pages, let files, let bytes) = report.search else {
            Issue.record("no index made: \(report.search)")
            return
        }
        #expect(pages == 15)
        let snapshot = FolderSnapshot(output)
        let index = snapshot.entries.keys.filter { $0.hasPrefix("pagefind/") && !$0.hasSuffix("/") }
        #expect(index.count == files)
        #expect(index.reduce(0) { $0 + (snapshot.entries[$1]?.count ?? 0) } == bytes)
        #expect(snapshot.entries["pagefind/pagefind.js"] != nil)
        #expect(!index.contains { $0.contains("-ui.") || $0.contains("highlight") }, "\(index.sorted())")
        let entry = try #require(snapshot.entries["pagefind/pagefind-entry.json"])
        let languages = try #require(try JSONSerialization.jsonObject(with: entry) as? [String: Any])["languages"] as? [String: Any]
        let spanish = try #require(languages?["es"] as? [String: Any], "languages: \(String(describing: languages))")
        #expect(spanish["page_count"] as? Int == 15)
        #expect(report.fileCount == snapshot.entries.keys.filter { !$0.hasSuffix("/") }.count)

        // Nothing changed: the index is linked from the previous output, byte for byte.
        let again = try #require(try await pipeline.run().report)
        #expect(again.search == .kept(pages: 15))
        #expect(FolderSnapshot(output).differences(from: snapshot) == [])
    }

    @Test("a changed chapter makes the index again, and the new words are in it")
    func changedPageReindexes() async throws {
        let scratch = try ScratchFolder("search")
        defer { scratch.remove() }
        let project = try RealContent.copyProject(into: scratch)
        let output = scratch.path("Output")
        let pipeline = BuildPipeline(request: try await Self.request(contentRoot: project + "/Content", output: output))
        _ = try #require(try await pipeline.run().report)
        try RealContent.touchExperience(in: project, mark: "zorzalpalabra")
        let report = try #require(try await pipeline.run().report)
        guard case .indexed(pages: 15, _, _) = report.search else {
            Issue.record("the index was not made again: \(report.search)")
            return
        }
        // Pagefind keeps each page's text in a compressed fragment; the word must be in one of them.
        let fragments = FolderSnapshot(output).entries.keys.filter { $0.hasPrefix("pagefind/fragment/") && !$0.hasSuffix("/") }
        #expect(fragments.count == 15)
        let texts = try ExternalTool.run("zcat", fragments.map { output + "/" + $0 })
        #expect(texts.status == 0, "\(texts.stderr)")
        #expect(texts.stdout.contains("zorzalpalabra"))
    }

    @Test("a Pagefind that fails: exit as a build error naming it and quoting what it said, the output and the folder beside it as they were")
    func failingPagefindKeepsOutput() async throws {
        let scratch = try ScratchFolder("search")
        defer { scratch.remove() }
        let output = scratch.path("Output")
        _ = try #require(try await BuildPipeline(request: try await Self.request(output: output)).run().report)
        let before = FolderSnapshot(output)
        let fake = try scratch.write("bin/pagefind", "#!/bin/sh\necho 'índice roto: sin memoria' >&2\nexit 3\n")
        chmod(fake, 0o755)
        var request = try await Self.request(output: output)
        request.pagefind = Pagefind(executable: fake)
        do {
            _ = try await BuildPipeline(request: request).run()
            Issue.record("the build succeeded with a failing Pagefind")
        } catch {
            #expect(error.kind == .searchIndexFailed)
            #expect(error.message.es.contains("Pagefind falló (estado 3)"), "\(error.message.es)")
            #expect(error.message.es.contains("índice roto: sin memoria"))
        }
        #expect(FolderSnapshot(output).differences(from: before) == [])
        #expect(scratch.entries() == ["Output", "bin"], "a staging folder was left: \(scratch.entries())")
    }

    @Test("no Pagefind installed: the site builds without an index and the report says so; the search page is there to say it")
    func missingPagefind() async throws {
        let scratch = try ScratchFolder("search")
        defer { scratch.remove() }
        let output = scratch.path("Output")
        var request = RealContent.request(output: output, environment: ["PATH": "/nonexistent", "PAGEFIND_BINARY_PATH": "/nonexistent/pagefind"])
        request.makeSearchIndex = true
        let report = try #require(try await BuildPipeline(request: request).run().report)
        #expect(report.search == .pagefindMissing)
        let snapshot = FolderSnapshot(output)
        #expect(snapshot.entries["buscar.html"] != nil)
        #expect(!snapshot.entries.keys.contains { $0.hasPrefix("pagefind/") })
    }

    @Test("building one edition: the index also holds the region pages of the edition kept from the previous output")
    func keptEditionsAreIndexed() async throws {
        let scratch = try ScratchFolder("search")
        defer { scratch.remove() }
        let content = try RealContent.copy(into: scratch)
        let second = content + "/2019"
        try FileManager.default.copyItem(atPath: content + "/" + RealContent.editionID, toPath: second)
        let edition = try String(contentsOfFile: second + "/edition.yaml", encoding: .utf8)
            .replacingOccurrences(of: #"(?m)^id: .*$"#, with: "id: \"2019\"", options: .regularExpression)
            .replacingOccurrences(of: #"(?m)^(isbn|registro_propiedad_intelectual): .*\n"#, with: "", options: .regularExpression)
        try Data(edition.utf8).write(to: URL(fileURLWithPath: second + "/edition.yaml"))
        let output = scratch.path("Output")
        let both = try #require(try await BuildPipeline(request: try await Self.request(contentRoot: content, output: output)).run().report)
        #expect(both.search.pages == 30)
        let one = try #require(try await BuildPipeline(request: try await Self.request(contentRoot: content, output: output, editionID: "2019")).run().report)
        #expect(one.keptEditions == [RealContent.editionID])
        #expect(one.search.pages == 30, "\(one.search)")
    }
}

extension SearchFate {
    /// The pages indexed, made or kept; 0 without an index.
    var pages: Int {
        switch self {
        case .indexed(let pages, _, _), .kept(let pages): pages
        case .pagefindMissing, .off: 0
        }
    }
}
