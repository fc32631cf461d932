import Foundation

/// Small readers of the HTML `rme` writes (double-quoted attributes, one element per tag name at a time),
/// for tests that look at pages without a parser.
public enum HTMLReading {
    /// Every `<tag ...>…</tag>` element's inner HTML, in document order (the tag must not nest in itself).
    public static func elements(_ tag: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<\(tag)"), let end = rest[open.upperBound...].firstIndex(of: ">") {
            let after = rest[open.upperBound...].first
            guard after == ">" || after == " " else {
                rest = rest[open.upperBound...]
                continue
            }
            guard let close = rest[end...].range(of: "</\(tag)>") else { break }
            found.append(String(rest[rest.index(after: end)..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// The text of HTML without its tags, the five specials' entities decoded, white space collapsed.
    public static func text(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; continue }
            if character == ">" { inTag = false; text.append(" "); continue }
            if !inTag { text.append(character) }
        }
        return decodeEntities(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `&lt;`, `&gt;`, `&quot;`, `&#39;` and `&amp;` as the characters they stand for.
    public static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The `<dt>`/`<dd>` pairs of the first `<dl class="name…">`, as text (several `<dd>` joined with " | ").
    public static func definitions(_ className: String, in html: String) -> [String: String] {
        guard let start = html.range(of: "<dl class=\"\(className)"),
              let end = html[start.upperBound...].range(of: "</dl>") else { return [:] }
        let list = String(html[start.upperBound..<end.lowerBound])
        var pairs: [String: String] = [:]
        for group in elements("div", in: list) {
            guard let term = elements("dt", in: group).first else { continue }
            pairs[text(term)] = elements("dd", in: group).map(text).joined(separator: " | ")
        }
        return pairs
    }

    /// The heading levels of a page in order (`<h2` → 2).
    public static func headingLevels(_ html: String) -> [Int] {
        var levels: [Int] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            rest = rest[open.upperBound...]
            if let level = rest.first?.wholeNumberValue, (1...6).contains(level),
               rest.dropFirst().first == " " || rest.dropFirst().first == ">" {
                levels.append(level)
            }
        }
        return levels
    }

    /// The values of one attribute in document order (`href` → every `href="…"`), entities decoded.
    public static func attributeValues(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().map { decodeEntities(String($0.prefix { $0 != "\"" })) }
    }
}
