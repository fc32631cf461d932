import ChildProcesses
import Foundation
import Rendering

/// Reads from a printed booklet what the site tells readers about it: its size, its pages, and the pages each
/// chapter takes, from the named destinations the engine writes for the chapters' anchors (poppler's `pdfinfo`)
/// and the pages without text (`pdftotext`): the blank pages that open a chapter on a left page or pad the
/// booklet to a multiple of four belong to no chapter.
enum PDFFactsReader {
    /// The facts of the PDF at `path`; its size alone when `pdfinfo` is missing or cannot read it, `nil` when
    /// there is no file.
    static func read(_ path: String, chapters: [String], environment: [String: String]) async -> BookletPDFFacts? {
        guard FileSystemCalls.kind(of: path) == .other,
              let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
        guard let pdfinfo = ExecutableSearch.find("pdfinfo", environment: environment),
              let info = await SubprocessRunner.text(pdfinfo, [path], environment: environment),
              let pages = pageCount(info) else {
            return BookletPDFFacts(bytes: size, pages: nil)
        }
        let destinations = await SubprocessRunner.text(pdfinfo, ["-dests", path], environment: environment).map(Self.destinations) ?? [:]
        var blank: Set<Int> = []
        if !chapters.isEmpty, let pdftotext = ExecutableSearch.find("pdftotext", environment: environment),
           let text = await SubprocessRunner.text(pdftotext, [path, "-"], environment: environment) {
            blank = blankPages(text)
        }
        return BookletPDFFacts(bytes: size, pages: pages,
                               chapterPages: chapterPages(chapters, destinations: destinations, pages: pages, blank: blank))
    }

    /// The numbers of the pages with no text, from `pdftotext`'s output (pages end with a form feed).
    static func blankPages(_ text: String) -> Set<Int> {
        var blank: Set<Int> = []
        for (index, page) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated()
        where page.allSatisfy(\.isWhitespace) {
            blank.insert(index + 1)
        }
        return blank
    }

    /// "Pages:           40" → 40.
    static func pageCount(_ info: String) -> Int? {
        for line in info.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// The page of each named destination, from `pdfinfo -dests` lines such as
    /// `  13 [ XYZ   62  730 null      ] "experiencia-tarapaca"`.
    static func destinations(_ listing: String) -> [String: Int] {
        var pages: [String: Int] = [:]
        for line in listing.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard let page = Int(trimmed.prefix { $0.isNumber }), let open = trimmed.firstIndex(of: "\""),
                  trimmed.last == "\"", trimmed.index(after: open) < trimmed.index(before: trimmed.endIndex) else { continue }
            let name = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            pages[name] = min(pages[name] ?? page, page)
        }
        return pages
    }

    /// Each chapter's pages: from its anchor's page to the page before the next part begins (the first
    /// destination on a later page that is not the chapter's own), or to the last page, less the blank pages
    /// at its end.
    static func chapterPages(_ chapters: [String], destinations: [String: Int], pages: Int,
                             blank: Set<Int> = []) -> [String: ClosedRange<Int>] {
        var ranges: [String: ClosedRange<Int>] = [:]
        for anchor in chapters {
            guard let first = destinations[anchor] else { continue }
            let next = destinations.filter { $0.value > first && owner(of: $0.key, among: chapters) != anchor }.values.min()
            var last = max(first, (next ?? pages + 1) - 1)
            while last > first, blank.contains(last) { last -= 1 }
            ranges[anchor] = first...last
        }
        return ranges
    }

    /// The chapter a destination belongs to: the longest anchor it is, or begins with followed by "-" (so the
    /// sections of "experiencia-los-rios-b" are not taken for those of an "experiencia-los-rios").
    static func owner(of name: String, among chapters: [String]) -> String? {
        chapters.filter { name == $0 || name.hasPrefix($0 + "-") }.max { $0.count < $1.count }
    }
}
