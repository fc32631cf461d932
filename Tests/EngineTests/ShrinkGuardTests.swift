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
