import ChildProcesses
import Foundation
import Rendering

/// Reads from a printed booklet what the site tells readers about it: its size, its pages, and the pages each
/// chapter takes, from the named destinations the engine writes for the chapters' anchors (poppler's `pdfinfo`).
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
        return BookletPDFFacts(bytes: size, pages: pages, chapterPages: chapterPages(chapters, destinations: destinations, pages: pages))
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
    /// destination on a later page that is not the chapter's own), or to the last page.
    static func chapterPages(_ chapters: [String], destinations: [String: Int], pages: Int) -> [String: ClosedRange<Int>] {
        var ranges: [String: ClosedRange<Int>] = [:]
        for anchor in chapters {
            guard let first = destinations[anchor] else { continue }
            let next = destinations.filter { $0.value > first && owner(of: $0.key, among: chapters) != anchor }.values.min()
            ranges[anchor] = first...max(first, (next ?? pages + 1) - 1)
        }
        return ranges
    }

    /// The chapter a destination belongs to: the longest anchor it is, or begins with followed by "-" (so the
    /// sections of "experiencia-los-rios-b" are not taken for those of an "experiencia-los-rios").
    static func owner(of name: String, among chapters: [String]) -> String? {
        chapters.filter { name == $0 || name.hasPrefix($0 + "-") }.max { $0.count < $1.count }
    }
}
