import Glibc

/// What must hold of every page `rme` writes, whatever the content: no script but the templates' own, no link
/// or source with a dangerous scheme, and no text value that escapes its element or attribute.
///
/// It reads the page as ASCII-lowercased bytes: every marker it looks for is ASCII, and byte search keeps
/// the oracle from costing more than the rendering it checks.
public enum HTMLOracle {
    /// Appended to every hostile value the render target injects: it survives only escaped (`&lt;rme-canary`),
    /// folded into a slug (`-rme-canary`) or dropped; a raw `<rme-canary` means a value reached the markup.
    public static let canary = "\"'<rme-canary x=1>"

    /// Checks one page; `scripts` is how many `<script` the page has with harmless values.
    static func verify(_ html: String, path: String, scripts: Int?) {
        let page = lowered(html)
        if let scripts, occurrences(of: "<script", in: page).count != scripts {
            FuzzFailure.fail("\(path): a value added a <script> element", excerpt(page, around: "<script"))
        }
        if !occurrences(of: "<rme-canary", in: page).isEmpty {
            FuzzFailure.fail("\(path): a value reached the markup unescaped", excerpt(page, around: "<rme-canary"))
        }
        for quoted in ["\"'&lt;rme-canary", "\"&#39;&lt;rme-canary", "\"&#x27;&lt;rme-canary"] where !occurrences(of: quoted, in: page).isEmpty {
            FuzzFailure.fail("\(path): a value's quote was left raw (it can close an attribute)", excerpt(page, around: quoted))
        }
        for url in attributeValues(in: page, names: ["href", "src", "action", "formaction", "xlink:href"]) where !isSafe(url) {
            FuzzFailure.fail("\(path): a link or source with an unsafe address: \(url)", excerpt(page, around: url))
        }
        for handler in [" onerror=", " onload=", " onclick=", " onmouseover=", " onfocus="] {
            for end in occurrences(of: handler, in: page) where isAttribute(at: end - handler.utf8.count, in: page) {
                FuzzFailure.fail("\(path): an event handler attribute", excerpt(page, around: handler))
            }
        }
    }

    /// Whether `offset` stands among a tag's attributes: after a `<` with no `>` since, and outside quotes.
    ///
    /// A value that writes ` onclick=` as text (escaped or not, `=` needs no escaping) is harmless, and so
    /// is one inside a quoted attribute value, whose quotes the renderer escapes.
    static func isAttribute(at offset: Int, in page: [UInt8]) -> Bool {
        var quotes = 0
        var index = offset - 1
        while index >= 0 {
            switch page[index] {
            case UInt8(ascii: ">"): return false
            case UInt8(ascii: "<"): return quotes % 2 == 0
            case UInt8(ascii: "\""): quotes += 1
            default: break
            }
            index -= 1
        }
        return false
    }

    /// How many `<script` a page has.
    static func scriptCount(_ html: String) -> Int {
        occurrences(of: "<script", in: lowered(html)).count
    }

    /// Relative addresses, fragments, and the schemes a booklet links: web pages and mail.
    static func isSafe(_ url: String) -> Bool {
        let decoded = url.replacingOccurrences(of: "&amp;", with: "&")
        let trimmed = decoded.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        if trimmed.hasPrefix("//") || trimmed.hasPrefix("\\") || trimmed.hasPrefix("/\\") { return false }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let before = trimmed[..<colon]
        // A colon after a slash, "?" or "#" belongs to a relative path, query or fragment, not a scheme.
        if before.contains(where: { "/?#".contains($0) }) { return true }
        return ["http", "https", "mailto"].contains(String(before))
    }

    /// The values of the named attributes, in double or single quotes (the templates use double).
    static func attributeValues(in page: [UInt8], names: [String]) -> [String] {
        var values: [String] = []
        for name in names {
            for quote in ["\"", "'"] {
                let closing = UInt8(ascii: quote == "\"" ? "\"" : "'")
                let marker = " \(name)=\(quote)"
                // Text that says ` href='` (or an attribute value that does) is no link: only a tag's attributes count.
                for start in occurrences(of: marker, in: page) where isAttribute(at: start - marker.utf8.count, in: page) {
                    guard let end = page[start...].firstIndex(of: closing) else { continue }
                    // Values the templates write themselves (most of them) need no look.
                    if end == start { continue }
                    values.append(String(decoding: page[start..<end], as: UTF8.self))
                }
            }
        }
        return values
    }

    /// The page's bytes, ASCII letters lowercased.
    static func lowered(_ html: String) -> [UInt8] {
        var bytes = Array(html.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices where buffer[index] &- 0x41 < 26 { buffer[index] |= 0x20 }
        }
        return bytes
    }

    /// The offset just past each occurrence of `needle` (glibc's `memchr` and `memcmp`: fast in a debug build too).
    static func occurrences(of needle: String, in page: [UInt8]) -> [Int] {
        let pattern = Array(needle.utf8)
        return page.withUnsafeBytes { haystack in
            pattern.withUnsafeBytes { wanted in
                guard let base = haystack.baseAddress, let first = pattern.first else { return [] }
                var found: [Int] = []
                var offset = 0
                while haystack.count - offset >= pattern.count,
                      let hit = memchr(base + offset, Int32(first), haystack.count - offset - pattern.count + 1) {
                    let start = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, wanted.baseAddress!, pattern.count) == 0 {
                        found.append(start + pattern.count)
                        offset = start + pattern.count
                    } else {
                        offset = start + 1
                    }
                }
                return found
            }
        }
    }

    static func excerpt(_ page: [UInt8], around needle: String) -> String {
        guard let end = occurrences(of: needle, in: page).first else { return "" }
        return String(decoding: page[max(0, end - needle.utf8.count - 120)..<min(page.count, end + 120)], as: UTF8.self)
    }
}
