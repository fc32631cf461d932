/// Small text adjustments the view models make to values before the templates escape them.
enum TextCase {
    /// "marzo 2018" → "Marzo 2018".
    static func capitalizingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// cmark's HTML without the newline it ends every block with, so the templates decide the line breaks.
    ///
    /// Read on UTF-8: the last character is "\n" exactly when the text ends in LF not preceded by CR (CR LF is
    /// one character), and asking `Character`s from the end of every section's HTML showed in `rme build`.
    static func trimmingTrailingNewlines(_ html: String) -> String {
        let utf8 = html.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let last = utf8.index(before: end)
            guard utf8[last] == 0x0A else { break }
            if last > utf8.startIndex, utf8[utf8.index(before: last)] == 0x0D { break }
            end = last
        }
        return end == utf8.endIndex ? html : String(html[..<end])
    }

    /// A title without the colon that introduces a figure ("…en los 3 últimos años:" → "…en los 3 últimos años").
    static func withoutTrailingColon(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == ":" || last == " " { text = text.dropLast() }
        return String(text)
    }
}
