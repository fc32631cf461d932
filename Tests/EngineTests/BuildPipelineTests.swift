import Foundation
import Testing
import TestSupport
@testable import Engine

/// The pipeline in process on the real content: what it writes, that it writes the same twice, and that it writes nothing on an error.
@Suite("Build pipeline")
struct BuildPipelineTests {
    @Test("the real edition builds: booklet, site pages, stylesheets and the output note; at the top only the archive index, the search page, their stylesheets and script, and the note")
    func buildsRealEdition() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let outcome = try await BuildPipeline(request: RealContent.request(output: scratch.path("Output"))).run()
        let report = try #require(outcome.report, Comment(rawValue: outcome.rejectionSummary))

        #expect(report.editions.map(\.id) == [RealContent.editionID])
        #expect(report.editions.first?.bookletHTML == "2015-2017/booklet.html")
        #expect(report.editions.first?.bookletPDF == nil)
        let snapshot = FolderSnapshot(scratch.path("Output"))
        #expect(snapshot.entries["README.md"] == Data(OutputNote.text.utf8))
        let html = try #require(snapshot.entries["2015-2017/booklet.html"])
        #expect(String(decoding: html, as: UTF8.self).contains("<html lang=\"es\""))
        #expect(snapshot.entries.keys.contains { $0.hasPrefix("2015-2017/css/") && $0.hasSuffix(".css") })
        #expect(Set(snapshot.entries.keys.filter { !$0.dropLast().contains("/") }) == ["2015-2017/", "README.md", "index.html", "buscar.html", "css/", "js/"])
        #expect(report.fileCount == snapshot.entries.keys.filter { !$0.hasSuffix("/") }.count)
        #expect(scratch.entries() == ["Output"])
    }

    @Test("the repository's own Output/README.md is exactly the note every build writes")
    func noteMatchesRepository() throws {
        let committed = try String(contentsOf: Repository.root.appendingPathComponent("Output/README.md"), encoding: .utf8)
        #expect(committed == OutputNote.text)
    }

    @Test("two consecutive builds are byte-identical")
    func reproducible() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.path("Output")
        _ = try #require(try await BuildPipeline(request: RealContent.request(output: output)).run().report)
        let first = FolderSnapshot(output)
        _ = try #require(try await BuildPipeline(request: RealContent.request(output: output)).run().report)
        let second = FolderSnapshot(output)
        #expect(first.differences(from: second) == [])
        #expect(!first.isEmpty)
    }

    @Test("no date in the output unless SOURCE_DATE_EPOCH is set; then its date, in UTC")
    func sourceDateEpoch() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let plain = scratch.path("plain"), dated = scratch.path("dated")
        _ = try #require(try await BuildPipeline(request: RealContent.request(output: plain)).run().report)
        _ = try #require(try await BuildPipeline(request: RealContent.request(
            output: dated, environment: ["SOURCE_DATE_EPOCH": "1514764799"])).run().report)
        let plainHTML = try String(contentsOfFile: plain + "/2015-2017/booklet.html", encoding: .utf8)
        let datedHTML = try String(contentsOfFile: dated + "/2015-2017/booklet.html", encoding: .utf8)
        #expect(!plainHTML.contains("2017-12-31"))
        #expect(!plainHTML.contains("dcterms.created"))
        #expect(datedHTML.contains("2017-12-31"))

        await #expect(throws: BuildError.self) {
            try await BuildPipeline(request: RealContent.request(output: dated, environment: ["SOURCE_DATE_EPOCH": "ayer"])).run()
        }
    }

    @Test("an error in one experience: rejected with its diagnostic, the previous output untouched, nothing left beside it")
    func rejectsOnError() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let content = try RealContent.copy(into: scratch)
        let output = scratch.path("Output")
        _ = try #require(try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output)).run().report)
        let before = FolderSnapshot(output)

        let broken = content + "/2015-2017/experiencias/tarapaca.md"
        let text = try String(contentsOfFile: broken, encoding: .utf8)
        try text.replacingOccurrences(of: "\nprovincia:", with: "\nprovinca:").write(toFile: broken, atomically: true, encoding: .utf8)
        let outcome = try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output)).run()

        guard case .rejected(let checks) = outcome else {
            Issue.record("a build with an unknown key went through")
            return
        }
        let errors = checks.flatMap(\.diagnostics).filter { $0.severity == .error }
        #expect(errors.contains { $0.file?.hasSuffix("tarapaca.md") == true && $0.code == "front-matter.unknown-key" })
        #expect(FolderSnapshot(output) == before)
        #expect(scratch.entries() == ["Content", "Output"])
    }

    @Test("--strict refuses a build whose only findings are warnings")
    func strictRefusesWarnings() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        // The real edition carries the 2018 booklet's own mismatches (Arica, Los Ríos) as warnings.
        var request = RealContent.request(output: scratch.path("Output"))
        let lenient = try await BuildPipeline(request: request).run()
        let warnings = try #require(lenient.report).checks.flatMap(\.diagnostics)
        try #require(!warnings.isEmpty, "the real edition has no warning left to test --strict with")
        request.strict = true
        guard case .rejected = try await BuildPipeline(request: request).run() else {
            Issue.record("--strict built despite warnings")
            return
        }
    }

    @Test("a template error names its file and line, and nothing is written")
    func templateErrorWritesNothing() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let output = scratch.path("Output")
        _ = try #require(try await BuildPipeline(request: RealContent.request(output: output)).run().report)
        let before = FolderSnapshot(output)
        try scratch.write("override/chapter.mustache", "<h1>{{titulo}}</h1>\n{{#seccion}}\n<p>sin cerrar\n")
        var request = RealContent.request(output: output)
        request.templatesOverride = scratch.path("override")

        await #expect {
            try await BuildPipeline(request: request).run()
        } throws: { error in
            guard let error = error as? BuildError, error.kind == .template else { return false }
            return error.message.es.contains("chapter.mustache:")
        }
        #expect(FolderSnapshot(output) == before)
        #expect(scratch.entries() == ["Output", "override"])
    }

    @Test("--edicion builds one edition and keeps the others of the previous output; an unknown one is an error")
    func oneEdition() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let content = try RealContent.copy(into: scratch)
        try FileManager.default.copyItem(atPath: content + "/2015-2017", toPath: content + "/2018-2019")
        // Its own ISBN and registration: one copied from another edition is an error.
        try SitePagesBuild.edit(content + "/2018-2019/edition.yaml", replacing: "isbn: \"978-956-292-716-1\"", with: "isbn: \"978-956-292-900-4\"")
        try SitePagesBuild.edit(content + "/2018-2019/edition.yaml", replacing: "registro_propiedad_intelectual: \"A-289016\"",
                                with: "registro_propiedad_intelectual: \"A-300001\"")
        let output = scratch.path("Output")
        let all = try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output)).run()
        #expect(all.report?.editions.map(\.id) == ["2018-2019", "2015-2017"])
        let kept = FolderSnapshot(output + "/2018-2019")

        let one = try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output, editionID: "2015-2017")).run()
        #expect(one.report?.editions.map(\.id) == ["2015-2017"])
        #expect(one.report?.keptEditions == ["2018-2019"])
        #expect(FolderSnapshot(output + "/2018-2019") == kept)

        await #expect {
            try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output, editionID: "1999")).run()
        } throws: { error in
            (error as? BuildError)?.kind == .unknownEdition && (error as? BuildError)?.message.es.contains("2015-2017") == true
        }
    }

    @Test("a folder rme did not make, the content or the project itself is never replaced; an empty folder is")
    func refusesForeignOutput() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let content = try RealContent.copy(into: scratch)
        try scratch.write("Documentos/carta.txt", "no borrar")
        try scratch.write("Output/README.md", "# Mis notas\n")
        for output in [scratch.path("Documentos"), scratch.path("Output"), content, scratch.path("Content/2015-2017"), scratch.path]
        {
            let before = FolderSnapshot(scratch.path)
            await #expect(throws: BuildError.self, "built into \(output)") {
                try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output)).run()
            }
            #expect(FolderSnapshot(scratch.path) == before)
        }
        try FileManager.default.createDirectory(atPath: scratch.path("Vacia"), withIntermediateDirectories: true)
        let report = try await BuildPipeline(request: RealContent.request(contentRoot: content, output: scratch.path("Vacia"))).run().report
        #expect(report != nil)
        // Once built, the folder carries the note and is replaced by the next build.
        #expect(try await BuildPipeline(request: RealContent.request(contentRoot: content, output: scratch.path("Vacia"))).run().report != nil)
    }

    @Test("a stale temporary folder of a killed build is removed by the next build and reported")
    func cleansStaleFolder() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let deadPID = try OutputWriterTests.finishedProcessID()
        let stale = "Output.tmp-\(deadPID)-k1ll3d00"
        try scratch.write(stale + "/2015-2017/booklet.html", "half")
        let report = try #require(try await BuildPipeline(request: RealContent.request(output: scratch.path("Output"))).run().report)
        #expect(report.removedStaleFolders == [stale])
        #expect(scratch.entries() == ["Output"])
    }

    @Test("progress is reported as data, in order: checking, rendering, writing, swapping")
    func progressSteps() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let steps = StepLog()
        _ = try await BuildPipeline(request: RealContent.request(output: scratch.path("Output"))).run(progress: steps.append)
        let seen = steps.values
        #expect(seen.first == .checking(edition: "2015-2017", index: 1, of: 1))
        #expect(seen.contains(.rendering(edition: "2015-2017")))
        #expect(seen.last == .swapping)
        #expect(seen.contains { if case .writing(let files) = $0 { files > 2 } else { false } })
    }
}

/// Progress steps collected from any thread.
final class StepLog: @unchecked Sendable {
    private var steps: [BuildProgress] = []
    private let lock = NSLock()

    var append: @Sendable (BuildProgress) -> Void {
        { [self] step in lock.withLock { steps.append(step) } }
    }

    var values: [BuildProgress] { lock.withLock { steps } }
}
