import Foundation
import Engine
import Testing
import TestSupport

/// A build without --pdf keeps the previous PDF while it is still the booklet's, and says so when it goes.
@Suite("The PDF between builds")
struct KeptPDFTests {
    /// A WeasyPrint stand-in that writes a small PDF (with a counter, so a reprint is told apart) where asked.
    static func engine(in scratch: ScratchFolder) throws -> PDFEngine {
        let script = try StandInPDFEngine.install(in: scratch.path("bin"), after: "printf '%%%s\\n' \"$$\" >> \"$4\"")
        return PDFEngine(kind: .weasyprint, executable: script)
    }

    /// One build with a cache kept between them, as `rme build` keeps it in `.rme-cache/`.
    static func build(_ content: String, _ output: String, pdf: Bool, engine: PDFEngine, cache: BuildCache) async throws -> BuildReport {
        var request = RealContent.request(contentRoot: content, output: output, pdf: pdf)
        request.pdfEngine = engine
        return try #require(try await BuildPipeline(request: request, cache: cache).run().report)
    }

    @Test("printed, then kept and still linked by a build without --pdf; after the booklet changes, removed and reported")
    func keptThenRemoved() async throws {
        let scratch = try ScratchFolder("pdf-kept")
        defer { try? FileManager.default.removeItem(at: scratch.url) }
        let content = try RealContent.copy(into: scratch)
        let output = scratch.path("Output")
        let engine = try Self.engine(in: scratch)
        let cache = BuildCache()
        let pdf = output + "/2015-2017/booklet.pdf"
        let home = output + "/2015-2017/index.html"

        let printed = try await Self.build(content, output, pdf: true, engine: engine, cache: cache)
        #expect(printed.editions.first?.pdf == .printed)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))

        let kept = try await Self.build(content, output, pdf: false, engine: engine, cache: cache)
        #expect(kept.editions.first?.pdf == .kept)
        #expect(kept.editions.first?.bookletPDF == "2015-2017/booklet.pdf")
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == bytes)
        #expect(try String(contentsOfFile: home, encoding: .utf8).contains("href=\"booklet.pdf\""))

        // The summary and homes do not print into the booklet; a word in a chapter does.
        try SitePagesBuild.edit(content + "/2015-2017/experiencias/tarapaca.md", replacing: "Aunar criterios", with: "Aunar los criterios")
        let changed = try await Self.build(content, output, pdf: false, engine: engine, cache: cache)
        #expect(changed.editions.first?.pdf == .removedStale)
        #expect(changed.editions.first?.bookletPDF == nil)
        #expect(!FileManager.default.fileExists(atPath: pdf))
        #expect(!(try String(contentsOfFile: home, encoding: .utf8)).contains("booklet.pdf"))

        // Nothing to remove next time, and nothing said.
        let again = try await Self.build(content, output, pdf: false, engine: engine, cache: cache)
        #expect(again.editions.first?.pdf == PDFFate.none)
    }
}
