/// Normalises HTML the way cmark's `test/normalize.py` does for comparing spec output:
/// whitespace runs collapse outside `<pre>`, whitespace next to block-level tags goes,
/// and `<br>` variants are unified. Enough for outputs that come from cmark itself.
enum HTMLNormalizer {
    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    ]

    static func normalize(_ html: String) -> String {
        var output = ""
        var inPre = 0
        var pendingSpace = false
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = String(html[index...close])
                let name = tagName(tag)
                let isBlock = blockTags.contains(name)
                if pendingSpace && !isBlock && inPre == 0 && !output.isEmpty { output += " " }
                pendingSpace = false
                if isBlock && inPre == 0 {
                    while output.last == " " { output.removeLast() }
                }
                output += name == "br" ? "<br />" : tag
                if name == "pre" { inPre += tag.hasPrefix("</") ? -1 : 1 }
                index = html.index(after: close)
                if isBlock && inPre == 0 {
                    while index < html.endIndex, html[index].isWhitespace { index = html.index(after: index) }
                }
                continue
            }
            if inPre == 0 && character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace { output += " " }
                pendingSpace = false
                output.append(character)
            }
            index = html.index(after: index)
        }
        return output
    }

    private static func tagName(_ tag: String) -> String {
        var name = ""
        for character in tag.dropFirst() {
            if character == "/" && name.isEmpty { continue }
            if character.isLetter || character.isNumber { name.append(character) } else { break }
        }
        return name.lowercased()
    }
}
