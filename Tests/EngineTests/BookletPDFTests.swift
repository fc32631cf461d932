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

    /// The index (1-based) of the page whose text begins with `title`, or with a chapter's kicker
    /// («REGIÓN», the region's name) and then `title`.
    private func pageStarting(with title: String, in pages: [String]) -> Int? {
        pages.firstIndex { page in
            let text = page.collapsingWhitespace
            guard !text.hasPrefix(title) else { return true }
            guard text.hasPrefix("REGIÓN "), let range = text.range(of: title) else { return false }
            return text.distance(from: text.startIndex, to: range.lowerBound) < 60
        }.map { $0 + 1 }
    }

    /// A Python program printing the first `/Lang (…)` of a PDF, looked for in its streams too.
    static let catalogLanguage = #"""
        import re, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        chunks = [data]
        for match in re.finditer(rb'stream\r?\n(.*?)\r?\nendstream', data, re.S):
            try:
                chunks.append(zlib.decompress(match.group(1)))
            except zlib.error:
                pass
        for chunk in chunks:
            found = re.search(rb'/Lang \([^)]*\)', chunk)
            if found:
                print(found.group(0).decode())
                break
        """#

    /// The pages with no text at all (1-based).
    private func blankPages(_ pages: [String]) -> [Int] {
        pages.enumerated().filter { $0.element.nonEmptyLines.isEmpty }.map { $0.offset + 1 }
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
            // A leader's dots may follow the name with no space between («O'Higgins.....»).
            let line = tocLines.first { $0.hasPrefix(chapter.region + " ") || $0.hasPrefix(chapter.region + ".") || $0.contains(chapter.title) }
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

    @Test("the page plan: cover, its blank back, title page, credits, contents on page 5; every chapter on a left page and the right page facing it; blank pages only before a chapter; the back cover last; a multiple of 4 pages")
    func pagePlan() async throws {
        let built = try await SharedBooklet.get()
        let pages = try PDFReader(path: built.pdf).pages()
        let chapters = chapters(built.edition)
        let starts = chapters.compactMap { pageStarting(with: $0.title, in: pages) }
        try #require(starts.count == chapters.count)
        #expect(pages.count % 4 == 0, "\(pages.count) pages")
        #expect(pages[0].contains(built.edition.info.titulo.prefix(20)), "page 1 is not the cover")
        #expect(pages[1].nonEmptyLines.isEmpty, "the cover's back is not blank")
        #expect(pages[2].contains(built.edition.info.titulo.prefix(20)) && pages[2].contains("MINISTERIO DE EDUCACIÓN"), "page 3 is not the title page")
        #expect(pages[3].contains("ISBN"), "page 4 is not the credits")
        #expect(pages[4].contains("Índice"), "page 5 is not the contents")
        #expect(pages[pages.count - 1].contains("MINISTERIO DE EDUCACIÓN") && pages[pages.count - 1].contains("www.mineduc.cl"),
                "the last page is not the back cover")
        for (index, chapter) in chapters.enumerated() {
            #expect(starts[index] % 2 == 0, "\(chapter.region) opens on page \(starts[index]), a right-hand page")
            let next = index + 1 < starts.count ? starts[index + 1] : pages.count
            let content = (starts[index]..<next).filter { !pages[$0 - 1].nonEmptyLines.isEmpty }
            #expect(content == [starts[index], starts[index] + 1], "\(chapter.region) takes pages \(content)")
        }
        // The experiences' part title on the right-hand page just before the first chapter, alone on its page.
        let partTitle = starts[0] - 1
        #expect(partTitle % 2 == 1, "the part title is on page \(partTitle), a left-hand page")
        #expect(pages[partTitle - 1].nonEmptyLines == ["Experiencias por región", "Las Redes de Mejoramiento Escolar de cada región, 2015–2017"],
                "page \(partTitle) is not the part title: \(pages[partTitle - 1].nonEmptyLines)")
        // Blank pages: the cover's back, a page before a chapter (a chapter opens on the left) or before the part
        // title (it opens on the right), and padding before the back cover.
        let allowed = Set([2, partTitle - 1] + starts.map { $0 - 1 })
        for page in blankPages(pages) where !allowed.contains(page) {
            let beforeBackCover = (page..<pages.count).allSatisfy { pages[$0 - 1].nonEmptyLines.isEmpty }
            #expect(beforeBackCover, "page \(page) is blank, neither before a chapter nor before the back cover")
        }
    }

    @Test("no list leaves one item alone at the head of a page: a page's first lines are never the last item of a list begun on the page before")
    func noLoneItemAtPageHead() async throws {
        let built = try await SharedBooklet.get()
        let html = try String(contentsOfFile: built.html, encoding: .utf8)
        let pages = try PDFReader(path: built.pdf).pages().map(\.collapsingWhitespace)
        // Each list's items as text, from the booklet's HTML.
        let lists = html.components(separatedBy: "<ul>").dropFirst().map { list in
            list.components(separatedBy: "</ul>")[0].components(separatedBy: "<li>").dropFirst().map {
                $0.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression).collapsingWhitespace
            }
        }
        for items in lists where items.count > 1 {
            let last = String(items[items.count - 1].prefix(30)), previous = String(items[items.count - 2].suffix(20))
            for (index, page) in pages.enumerated() where index > 0 {
                // The page's text after its running head begins with the last item while the one before ended the previous page.
                guard let found = page.range(of: last), page.distance(from: page.startIndex, to: found.lowerBound) < 40 else { continue }
                #expect(!pages[index - 1].contains(previous), "page \(index + 1) begins with the lone last item «\(last)…»")
            }
        }
    }

    @Test("one body size in every chapter: the text of each chapter's sections is set at 10 pt")
    func oneBodySize() async throws {
        let built = try await SharedBooklet.get()
        let pages = try PDFReader(path: built.pdf).pages()
        let xml = try ExternalTool.run("pdftohtml", ["-xml", "-i", "-stdout", "-q", built.pdf]).stdout
        // pdftohtml names each font size once (<fontspec size=…>) and tags every line with it.
        let specs = Dictionary(uniqueKeysWithValues: xml.matches(of: /<fontspec id="(\d+)" size="(\d+)"/).map { (String($0.1), Int($0.2)!) })
        let starts = chapters(built.edition).compactMap { pageStarting(with: $0.title, in: pages) }
        try #require(starts.count == 15)
        let pageTexts = xml.components(separatedBy: "<page number=").dropFirst()
        var sizes: [Int: Set<Int>] = [:]
        for start in starts {
            // The lines of the chapter's text column: a known sentence of its body sets the size to compare.
            for page in [start, start + 1] {
                let text = pageTexts[pageTexts.startIndex + page - 1]
                for match in text.matches(of: #/<text [^>]*left="(\d+)"[^>]*font="(\d+)"[^>]*>([^<]{40,})<\/text>/#) {
                    guard let size = specs[String(match.2)], Int(match.1)! > 180 else { continue }
                    sizes[size, default: []].insert(start)
                }
            }
        }
        // The most common size of long lines in the text column is the body size, and every chapter uses it.
        let body = try #require(sizes.max { $0.value.count < $1.value.count })
        #expect(body.value.count == 15, "body size \(body.key) px in \(body.value.count) chapters only: \(sizes)")
    }

    @Test("the labels extract as their words: «IDEA FUERZA DE LA RME» in every chapter, «EXPERIENCIAS POR REGIÓN» in the contents")
    func labelsExtractIntact() async throws {
        let built = try await SharedBooklet.get()
        let text = try PDFReader(path: built.pdf).pages().joined(separator: "\n")
        #expect(text.components(separatedBy: "IDEA FUERZA DE LA RME").count - 1 == 15)
        #expect(text.contains("EXPERIENCIAS POR REGIÓN"))
        #expect(!text.contains("I D EA"))
    }

    @Test("the digital edition is a tagged PDF/UA-1; the print-shop edition has the same pages with 3 mm of bleed and crop marks")
    func digitalAndPrintShopEditions() async throws {
        let built = try await SharedBooklet.get()
        let digital = try PDFReader(path: built.pdf).info()
        #expect(digital["Tagged"] == "yes")
        let metadata = try ExternalTool.run("pdfinfo", ["-meta", built.pdf]).stdout
        #expect(metadata.contains("pdfuaid:part=\"1\""), "no PDF/UA identification in the metadata")
        let shop = try ExternalTool.run("pdfinfo", ["-box", built.printShopPDF]).stdout
        #expect(shop.contains("Pages:           \(digital["Pages"] ?? "?")"))
        // Trim box the letter page, bleed box 3 mm (8.5 pt) outside it.
        #expect(shop.contains("TrimBox:             0.00     0.00   612.00   792.00"), "\(shop)")
        #expect(shop.contains("BleedBox:           -8.50    -8.50   620.50   800.50"), "\(shop)")
        let shopPages = try PDFReader(path: built.printShopPDF).pages()
        let digitalPages = try PDFReader(path: built.pdf).pages()
        #expect(shopPages.map(\.collapsingWhitespace) == digitalPages.map(\.collapsingWhitespace))
    }

    @Test("each region is spelled one way everywhere: the schema's canonical name in the chapter's opening, the contents, the running heads and the bookmarks")
    func regionNamesSpelledOneWay() async throws {
        let built = try await SharedBooklet.get()
        let reader = PDFReader(path: built.pdf)
        let pages = try reader.pages()
        let outline = try reader.outline()
        let toc = pages[4].nonEmptyLines.map(\.collapsingWhitespace)
        for chapter in chapters(built.edition) {
            let start = try #require(pageStarting(with: chapter.title, in: pages))
            #expect(pages[start - 1].collapsingWhitespace.hasPrefix("REGIÓN \(chapter.region) "), "\(chapter.region)'s opening")
            #expect(toc.contains { $0.hasPrefix(chapter.region + " ") || $0.hasPrefix(chapter.region + ".") }, "\(chapter.region) in the contents")
            #expect(outline.contains { $0.title == chapter.region }, "\(chapter.region) in the bookmarks")
            let head = pages[start].nonEmptyLines.first?.collapsingWhitespace ?? ""
            #expect(head == chapter.region.uppercased(), "page \(start + 1) is headed «\(head)», not «\(chapter.region.uppercased())»")
        }
    }

    @Test("the running header of every chapter page after the first names its region")
    func runningHeaders() async throws {
        let built = try await SharedBooklet.get()
        let pages = try PDFReader(path: built.pdf).pages()
        let chapters = chapters(built.edition)
        let starts = chapters.compactMap { pageStarting(with: $0.title, in: pages) }
        try #require(starts.count == chapters.count)
        for (index, chapter) in chapters.enumerated() {
            // The last chapter runs to the page before the back cover.
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : pages.count - 1
            guard starts[index] < end else { continue }
            // A blank page before the next chapter has no head.
            for page in (starts[index] + 1)...end where !pages[page - 1].nonEmptyLines.isEmpty {
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
        // WeasyPrint writes the catalog's /Lang from <html lang> inside a compressed object stream, which poppler
        // does not show: Python's zlib opens the streams.
        let lang = try ExternalTool.run("python3", ["-c", Self.catalogLanguage, built.pdf]).stdout
        #expect(lang.trimmingCharacters(in: .whitespacesAndNewlines) == "/Lang (es)")
    }

    @Test("a second build with the PDF is byte-identical to the first, PDF included")
    func reproduciblePDF() async throws {
        let built = try await SharedBooklet.get()
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        var request = RealContent.request(output: scratch.path("Output"), pdf: true, environment: ProcessInfo.processInfo.environment)
        request.pdfEngine = try ExternalTool.weasyPrintEngine()
        request.makePrintShopPDF = true
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
@Suite("Booklet PDF facts on the site (WeasyPrint)", .enabled(if: SharedBooklet.weasyPrintIsInstalled, SharedBooklet.absentReason))
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
            // The title runs across the page; the side column's lines interleave with the text column's in pdftotext.
            let title = "Experiencia colaborativa de la Red de Mejoramiento Escolar \(experience.region.titleForm)"
            #expect(pages[first - 1].collapsingWhitespace.contains(title), "\(experience.region.name) is not on page \(first)")
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
