@testable import Engine
import Testing

/// Reading `pdfinfo`'s answers into the facts the site shows.
struct PDFFactsReaderTests {
    static let listing = """
        Page  Destination                 Name
           1 [ XYZ    0  792 null      ] "portada"
          11 [ XYZ   62  730 null      ] "experiencia-los-rios"
          11 [ XYZ   62  257 null      ] "experiencia-los-rios-objetivo"
          12 [ XYZ   68  607 null      ] "experiencia-los-rios-proyeccion"
          13 [ XYZ   62  730 null      ] "experiencia-los-rios-b"
          14 [ XYZ   62  500 null      ] "experiencia-los-rios-b-proyeccion"
          15 [ XYZ   62  730 null      ] "experiencia-aysen"
          15 [ XYZ   62  730 null      ] "nombre con \\"comillas\\""
        """

    @Test("destinations: each name's first page; lines that are not destinations are skipped")
    func destinations() {
        let pages = PDFFactsReader.destinations(Self.listing)
        #expect(pages["portada"] == 1)
        #expect(pages["experiencia-los-rios-b"] == 13)
        #expect(pages["Name"] == nil)
        #expect(pages.count == 8)
    }

    @Test("a chapter runs to the page before the next part; a chapter whose anchor begins another's keeps only its own sections; the last runs to the end")
    func chapterPages() {
        let chapters = ["experiencia-los-rios", "experiencia-los-rios-b", "experiencia-aysen", "experiencia-sin-destino"]
        let ranges = PDFFactsReader.chapterPages(chapters, destinations: PDFFactsReader.destinations(Self.listing), pages: 16)
        #expect(ranges["experiencia-los-rios"] == 11...12)
        #expect(ranges["experiencia-los-rios-b"] == 13...14)
        #expect(ranges["experiencia-aysen"] == 15...16)
        #expect(ranges["experiencia-sin-destino"] == nil)
    }

    @Test("blank pages at a chapter's end (a left-page opening, the padding before the back cover) belong to no chapter")
    func blankPagesAreNoChapters() {
        let blank = PDFFactsReader.blankPages("portada\u{0C}\n \u{0C}Los Ríos\u{0C}\u{0C}Aysén\u{0C}\u{0C}")
        #expect(blank == [2, 4, 6, 7])
        let chapters = ["experiencia-los-rios", "experiencia-los-rios-b", "experiencia-aysen"]
        let ranges = PDFFactsReader.chapterPages(chapters, destinations: PDFFactsReader.destinations(Self.listing), pages: 17,
                                                 blank: [12, 16, 17])
        #expect(ranges["experiencia-los-rios"] == 11...11)
        #expect(ranges["experiencia-los-rios-b"] == 13...14)
        #expect(ranges["experiencia-aysen"] == 15...15)
    }

    @Test("the page count from pdfinfo's report")
    func pageCount() {
        #expect(PDFFactsReader.pageCount("Producer:        WeasyPrint 57.2\nPages:           40\nEncrypted:       no\n") == 40)
        #expect(PDFFactsReader.pageCount("Producer: x\n") == nil)
    }
}
