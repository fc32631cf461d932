import Foundation
import Testing

/// What poppler-utils read from a PDF: page count and size, metadata, the text of each page, the outline.
struct PDFReader {
    let path: String

    /// `pdfinfo`'s "Key: value" lines.
    func info() throws -> [String: String] {
        let output = try ExternalTool.run("pdfinfo", [path])
        var fields: [String: String] = [:]
        for line in output.stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The number of pages, from `pdfinfo`.
    func pageCount() throws -> Int {
        try #require(Int(info()["Pages"] ?? ""))
    }

    /// The text of one page (1-based) as `pdftotext -layout` lays it out.
    func text(page: Int) throws -> String {
        try ExternalTool.run("pdftotext", ["-layout", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", path, "-"]).stdout
    }

    /// The text of every page, first page at index 0.
    func pages() throws -> [String] {
        try (1...pageCount()).map { try text(page: $0) }
    }

    /// One bookmark of the outline.
    struct Bookmark: Equatable {
        let title: String
        let page: Int
        let level: Int
    }

    /// The outline (bookmarks), read with poppler's `pdftohtml -xml`, which writes it as nested
    /// `<outline><item page="N">title</item>…</outline>` after the pages.
    func outline() throws -> [Bookmark] {
        let xml = try ExternalTool.run("pdftohtml", ["-xml", "-i", "-q", "-stdout", path]).stdout
        guard let start = xml.range(of: "<outline>") else { return [] }
        var bookmarks: [Bookmark] = []
        var level = 0
        var rest = xml[start.lowerBound...]
        while let tag = rest.firstIndex(of: "<") {
            rest = rest[tag...]
            if rest.hasPrefix("<outline>") {
                level += 1
                rest = rest.dropFirst("<outline>".count)
            } else if rest.hasPrefix("</outline>") {
                level -= 1
                rest = rest.dropFirst("</outline>".count)
                if level == 0 { break }
            } else if rest.hasPrefix("<item"), let close = rest.range(of: "</item>"), let open = rest.firstIndex(of: ">") {
                let attributes = rest[rest.startIndex..<open]
                let title = String(rest[rest.index(after: open)..<close.lowerBound])
                let page = attributes.range(of: "page=\"").flatMap { found -> Int? in
                    Int(attributes[found.upperBound...].prefix { $0.isNumber })
                } ?? 0
                bookmarks.append(Bookmark(title: Self.unescape(title), page: page, level: level))
                rest = rest[close.upperBound...]
            } else {
                rest = rest.dropFirst()
            }
        }
        return bookmarks
    }

    /// The five XML entities `pdftohtml` writes, decoded.
    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension String {
    /// Runs of spaces and line breaks as one space, trimmed: text compared across line wraps.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The non-empty lines.
    var nonEmptyLines: [String] {
        split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
