/// Small text adjustments the view models make to values before the templates escape them.
enum TextCase {
    /// "marzo 2018" → "Marzo 2018".
    static func capitalizingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// cmark's HTML without the newline it ends every block with, so the templates decide the line breaks.
    static func trimmingTrailingNewlines(_ html: String) -> String {
        var html = Substring(html)
        while html.last == "\n" { html = html.dropLast() }
        return String(html)
    }

    /// A title without the colon that introduces a figure ("…en los 3 últimos años:" → "…en los 3 últimos años").
    static func withoutTrailingColon(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == ":" || last == " " { text = text.dropLast() }
        return String(text)
    }
}
