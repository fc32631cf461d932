import Diagnostics
import Markup

/// Raw HTML in the body, as a block or inside a line: reported, and never rendered (the renderer runs in safe mode).
struct RawHTMLRule: DocumentRule {
    /// Characters of the tag quoted in the message; a pasted web page can be long.
    static let quotedLength = 60

    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let body = document.document.body else { return }
        for node in body.allNodes where node.kind == .htmlBlock || node.kind == .htmlInline {
            let quoted = Self.quote(node.literal ?? "")
            diagnostics.append(document.diagnostic(
                "safety.raw-html", .error, at: node.range,
                es: "El texto tiene HTML («\(quoted)»); el folleto no publica HTML.",
                en: "The text contains HTML (\"\(quoted)\"); the booklet does not publish HTML.",
                hintES: "Borre la etiqueta y deje solo el texto; para destacar use **negrita** o *cursiva*.",
                hintEN: "Delete the tag and keep only the text; for emphasis use **bold** or *italics*."
            ))
        }
    }

    /// The first line of the HTML, shortened for a message.
    static func quote(_ html: String) -> String {
        let line = html.drop { $0.isWhitespace }.prefix { !$0.isNewline }
        var trimmed = line.prefix(quotedLength + 1)
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        return trimmed.count > quotedLength ? trimmed.prefix(quotedLength) + "…" : String(trimmed)
    }
}
