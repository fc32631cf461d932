/// What the site tells a reader about an edition's PDF before they download it: its size, its pages, and the
/// pages each chapter takes (read from the printed file by the build).
public struct BookletPDFFacts: Sendable, Hashable {
    /// The file's size in bytes.
    public var bytes: Int
    /// How many pages it has; `nil` when they could not be counted (no `pdfinfo`).
    public var pages: Int?
    /// The first and last page of each chapter, keyed by the chapter's anchor ("experiencia-tarapaca").
    public var chapterPages: [String: ClosedRange<Int>]

    public init(bytes: Int, pages: Int?, chapterPages: [String: ClosedRange<Int>] = [:]) {
        self.bytes = bytes
        self.pages = pages
        self.chapterPages = chapterPages
    }

    /// "40 páginas, 176 kB" (or only the size when the pages are unknown).
    func summary(_ strings: StringsTable) -> String {
        let size = SpanishFormat.fileSize(bytes: bytes)
        guard let pages else { return size }
        return strings.text(.pdfFacts, ["paginas": SpanishFormat.integer(pages), "tamano": size])
    }

    /// "páginas 13–14" or "página 13" of the chapter with that anchor; `nil` when unknown.
    func pagesText(ofChapter anchor: String, _ strings: StringsTable) -> String? {
        guard let range = chapterPages[anchor] else { return nil }
        if range.count == 1 { return strings.text(.bookletPage, ["pagina": String(range.lowerBound)]) }
        return strings.text(.bookletPages, ["desde": String(range.lowerBound), "hasta": String(range.upperBound)])
    }

    /// Everything above as one line, for the build cache: a page that shows these facts is keyed by it.
    public var fingerprint: String {
        let chapters = chapterPages.keys.sorted().map { "\($0)=\(chapterPages[$0]!.lowerBound)-\(chapterPages[$0]!.upperBound)" }
        return ["\(bytes)", pages.map(String.init) ?? "?"] .joined(separator: "|") + "|" + chapters.joined(separator: ",")
    }
}
