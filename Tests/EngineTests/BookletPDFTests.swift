import Content
import Foundation
import Testing
import TestSupport
@testable import Engine

/// The real edition's PDF made with WeasyPrint, read back page by page with poppler-utils.
///
/// Bookmarks are read with poppler's `pdftohtml -xml`, which writes the PDF outline as `<outline>` items with their pages.
@Suite("Booklet PDF (WeasyPrint)", .enabled(if: SharedBooklet.weasyPrintIsInstalled, SharedBooklet.absentReason))
struct BookletPDFTests {
    /// Each chapter's title and region, in booklet order.
    private func chapters(_ edition: Edition) -> [(title: String, region: String)] {
        edition.experiences.map { ("Experiencia colaborativa de la Red de Mejoramiento Escolar \($0.region.titleForm)", $0.region.name) }
    }

    /// The index (1-based) of the page whose text begins with `title`.
    private func pageStarting(with title: String, in pages: [String]) -> Int? {
        pages.firstIndex { $0.collapsingWhitespace.hasPrefix(title) }.map { $0 + 1 }
    }

    @Test("every chapter begins on a new page whose first text is its chapter title")
    func chaptersStartPages() async throws {
        let built = try await SharedBooklet.get()
        let pages = try PDFReader(path: built.pdf).pages()
        let chapters = chapters(built.edition)
        #expect(chapters.count == 15)
        var previous = 0
        for chapter in chapters {
            let page = pageStarting(with: chapter.title, in: pages)
            #expect(page != nil, "no page begins with «\(chapter.title)»")
            if let page {
                #expect(page > previous, "«\(chapter.title)» is not after the previous chapter")
                previous = page
            }
        }
        // Each title appears where its chapter starts and nowhere else in running text.
        let starts = chapters.compactMap { pageStarting(with: $0.title, in: pages) }
        #expect(Set(starts).count == chapters.count)
    }

    @Test("the table of contents lists all 15 regions, each with the page where its chapter really is")
    func tableOfContents() async throws {
        let built = try await SharedBooklet.get()
        let pages = try PDFReader(path: built.pdf).pages()
        let tocPages = pages.enumerated().filter { $0.element.contains("Contenido") || $0.element.contains("Índice") }
            .prefix(2).map(\.element)
        let tocLines = tocPages.flatMap(\.nonEmptyLines).map(\.collapsingWhitespace)
        try #require(!tocLines.isEmpty, "no page titled Contenido/Índice")
        for chapter in chapters(built.edition) {
            let line = tocLines.first { $0.hasPrefix(chapter.region + " ") || $0.contains(chapter.title) }
            let listed = try #require(line, "the contents do not list \(chapter.region)")
            let number = Int(listed.split(separator: " ").last.map(String.init) ?? "")
            let real = pageStarting(with: chapter.title, in: pages)
            #expect(number != nil && number == real, "contents say \(chapter.region) is on page \(number ?? -1); it starts on \(real ?? -1)")
            // The footer of that page prints the same number.
            if let real {
                #expect(pages[real - 1].nonEmptyLines.last?.trimmingCharacters(in: .whitespacesAndNewlines) == String(real))
            }
        }
    }

    @Test("every chapter keeps to two pages, like the 2018 booklet's double-page spreads")
    func chaptersKeepToTwoPages() async throws {
        let built = try await SharedBooklet.get()
        let pages = try PDFReader(path: built.pdf).pages()
        let chapters = chapters(built.edition)
        let starts = chapters.compactMap { pageStarting(with: $0.title, in: pages) }
        try #require(starts.count == chapters.count)
        for (index, chapter) in chapters.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : pages.count
            #expect(end - starts[index] + 1 == 2, "\(chapter.region) takes \(end - starts[index] + 1) pages")
        }
    }

    @Test("the cover and the credits page carry no folio; the contents page does")
    func folios() async throws {
        let built = try await SharedBooklet.get()
        let pages = try PDFReader(path: built.pdf).pages()
        try #require(pages.count > 3)
        let lastLine = { (page: Int) in pages[page - 1].nonEmptyLines.last?.trimmingCharacters(in: .whitespaces) ?? "" }
        #expect(lastLine(1) != "1")
        #expect(lastLine(2) != "2")
        #expect(lastLine(3) == "3")
    }

    @Test("the running header of every chapter page after the first names its region")
    func runningHeaders() async throws {
        let built = try await SharedBooklet.get()
        let pages = try PDFReader(path: built.pdf).pages()
        let chapters = chapters(built.edition)
        let starts = chapters.compactMap { pageStarting(with: $0.title, in: pages) }
        try #require(starts.count == chapters.count)
        for (index, chapter) in chapters.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : pages.count
            guard starts[index] < end else { continue }
            for page in (starts[index] + 1)...end {
                let header = pages[page - 1].nonEmptyLines.first ?? ""
                #expect(header.uppercased().contains(chapter.region.uppercased()),
                        "page \(page) of \(chapter.region) is headed «\(header.trimmingCharacters(in: .whitespaces))»")
            }
        }
    }

    @Test("the page size is carta (612 × 792 pt) and title, author and language are set")
    func pageSizeAndMetadata() async throws {
        let built = try await SharedBooklet.get()
        let info = try PDFReader(path: built.pdf).info()
        #expect(info["Page size"]?.hasPrefix("612 x 792 pts") == true, "page size \(info["Page size"] ?? "?")")
        #expect(info["Title"]?.contains(built.edition.info.titulo) == true, "title \(info["Title"] ?? "none")")
        #expect(!(info["Author"] ?? "").isEmpty)
        // WeasyPrint writes the catalog's /Lang from <html lang>; poppler shows no language, so read the file.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: built.pdf))
        #expect(bytes.range(of: Data("/Lang (es)".utf8)) != nil)
    }

    @Test("a second build with the PDF is byte-identical to the first, PDF included")
    func reproduciblePDF() async throws {
        let built = try await SharedBooklet.get()
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        var request = RealContent.request(output: scratch.path("Output"), pdf: true, environment: ProcessInfo.processInfo.environment)
        request.pdfEngine = PDFEngine(kind: .weasyprint, executable: try #require(ExternalTool.path("weasyprint")))
        _ = try #require(try await BuildPipeline(request: request).run().report)
        let first = FolderSnapshot(built.output), second = FolderSnapshot(scratch.path("Output"))
        #expect(first.entries["2015-2017/booklet.pdf"] != nil)
        #expect(first.differences(from: second) == [])
    }

    @Test("one bookmark per chapter, named after its region and pointing at the chapter's first page; front sections too")
    func bookmarks() async throws {
        let built = try await SharedBooklet.get()
        let reader = PDFReader(path: built.pdf)
        let pages = try reader.pages()
        let outline = try reader.outline()
        for chapter in chapters(built.edition) {
            let marks = outline.filter { $0.title == chapter.region }
            #expect(marks.count == 1, "\(marks.count) bookmarks for \(chapter.region)")
            #expect(marks.first?.page == pageStarting(with: chapter.title, in: pages))
        }
        #expect(outline.count > 15, "no bookmark for the front sections: \(outline.map(\.title))")
    }
}

/// The facts the site gives about the PDF, read back from the file WeasyPrint printed.
@Suite("Booklet PDF facts on the site (WeasyPrint)", .enabled(if: ExternalTool.installed("weasyprint", "pdftotext", "pdfinfo"),
                                                        Comment(rawValue: ExternalTool.absentReason(["weasyprint", "pdftotext", "pdfinfo"], package: "weasyprint, poppler-utils"))))
struct BookletPDFFactsTests {
    @Test("each region page names the pages its chapter takes in the PDF, and those pages hold its chapter; the home, summary and archive give the PDF's true size and page count")
    func chapterPagesMatchThePDF() async throws {
        let built = try await SharedBooklet.get()
        let reader = PDFReader(path: built.pdf)
        let pageCount = try reader.pageCount()
        let bytes = try #require(try FileManager.default.attributesOfItem(atPath: built.pdf)[.size] as? Int)
        let size = bytes < 1_000_000 ? "\((bytes + 500) / 1000)\u{00A0}kB" : ""
        let facts = "(\(pageCount) páginas, \(size))"
        let pages = try reader.pages()
        for experience in built.edition.experiences {
            let html = try String(contentsOfFile: built.output + "/2015-2017/regiones/\(experience.region.slug).html", encoding: .utf8)
            let bar = try #require(html.components(separatedBy: "<p class=\"booklet-bar-pages\">En el cuadernillo: ").dropFirst().first,
                                   "\(experience.region.name): no pages named")
            let numbers = bar.prefix { $0 != "<" }.components(separatedBy: CharacterSet.decimalDigits.inverted).compactMap { Int($0) }
            let first = try #require(numbers.first), last = numbers.last ?? first
            #expect((1...pageCount).contains(first) && first <= last && last <= pageCount, "\(experience.region.name): \(numbers)")
            // The chapter opens on its first page, and the page after its last belongs to another part.
            #expect(pages[first - 1].contains(experience.red.prefix(25)), "\(experience.region.name) is not on page \(first)")
            if last < pageCount {
                #expect(!pages[last].contains("Experiencia colaborativa de la Red de Mejoramiento Escolar \(experience.region.titleForm)"))
            }
            #expect(html.contains("booklet.pdf#page=\(first)\""))
            #expect(html.contains(facts), "\(experience.region.name): \(facts) not on the page")
        }
        for page in ["2015-2017/index.html", "2015-2017/resumen.html", "index.html"] {
            let html = try String(contentsOfFile: built.output + "/" + page, encoding: .utf8)
            #expect(html.contains(facts), "\(page) does not say \(facts)")
        }
    }
}
