import Foundation
import TestSupport
import Testing
@testable import Engine

/// How the shrink guard reads a previous booklet's chapters and front pages.
@Suite("Shrink guard")
struct ShrinkGuardTests {
    @Test("chapters are the ids of <article>s, front pages any pagina- id; section ids and unclosed values are not chapters")
    func readsChapterAndPageIDs() {
        let booklet = """
            <section class="front" id="pagina-presentacion"><h1>Presentación — «año»</h1></section>
            <article class="chapter chapter-dense" id="experiencia-arica-y-parinacota">
            <section id="experiencia-arica-y-parinacota-objetivo">Región de Ñuble</section></article>
            <article id="experiencia-aysen"><p data-id="experiencia-falsa">texto id="experiencia-no"</p></article>
            <div id="experiencia-suelta"></div>
            <article id="experiencia-sin-cerrar
            """
        let found = ShrinkGuard.bookletIDs(in: Array(booklet.utf8))
        #expect(found.chapters == ["experiencia-arica-y-parinacota", "experiencia-aysen", "experiencia-sin-cerrar"])
        #expect(found.pages == ["pagina-presentacion"])
    }

    @Test("a booklet of 1,000 long chapters yields all 1,000")
    func readsALargeBooklet() {
        var booklet = ""
        for index in 0..<1_000 {
            booklet += "<article class=\"chapter\" id=\"experiencia-\(index)\">"
            booklet += "<section id=\"experiencia-\(index)-objetivo\">" + String(repeating: "palabra ", count: 300) + "</section></article>\n"
        }
        let found = ShrinkGuard.bookletIDs(in: Array(booklet.utf8))
        #expect(found.chapters.count == 1_000)
        #expect(found.chapters.contains("experiencia-999"))
        #expect(found.pages.isEmpty)
    }
}

/// The shrink guard over a build's record: the `id`s recorded for a booklet are those the file holds, and a
/// build after a deletion is still refused when the guard takes them from the record.
@Suite("Shrink guard and the build record")
struct ShrinkGuardRecordTests {
    @Test("the recorded chapters and front pages are the booklet's own; deleting an experience is still refused, naming it")
    func recordedIDs() async throws {
        let scratch = try ScratchFolder("shrink-record")
        defer { scratch.remove() }
        let project = try RealContent.copyProject(into: scratch)
        let output = scratch.path("Output"), cacheFolder = scratch.path(".rme-cache")
        let request = RealContent.request(contentRoot: project + "/Content", output: output)
        _ = try #require(try await BuildPipeline(request: request, cache: BuildCache(folder: cacheFolder)).run().report)

        let record = try #require(BuildCache(folder: cacheFolder).upToDateRecord())
        let booklet = try #require(record.booklets.first { $0.edition == RealContent.editionID })
        let scanned = ShrinkGuard.bookletIDs(at: output + "/" + RealContent.editionID + "/booklet.html")
        #expect(Set(booklet.chapters) == scanned.chapters)
        #expect(Set(booklet.pages) == scanned.pages)
        #expect(scanned.chapters.count == RealContent.experienceNames.count)

        try FileManager.default.removeItem(atPath: project + "/Content/\(RealContent.editionID)/experiencias/maule.md")
        do {
            _ = try await BuildPipeline(request: request, cache: BuildCache(folder: cacheFolder)).run()
            Issue.record("a build that drops a chapter went through")
        } catch {
            #expect(error.message.es.contains("1 capítulo(s) que ya no están (maule)"), "\(error.message.es)")
        }
    }
}
