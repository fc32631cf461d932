import Diagnostics
import Markup

/// A guide of an `rme new` skeleton (`«Escriba aquí …»`) still in the body: the experience is not finished.
///
/// Strict guides (a whole paragraph or list item) are also what lets the other
/// rules accept a skeleton's structure; any text holding the opening marker is
/// reported here, so a guide with words typed after it does not slip through.
struct UnfilledGuideRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        let owners: [(heading: String?, blocks: [MarkupNode])] =
            [(nil, sections.preamble)] + sections.parts.map { part in
                (part.sectionID.flatMap(settings.schema.section)?.heading ?? part.title, part.blocks)
            }
        for owner in owners {
            for block in owner.blocks {
                for paragraph in block.subtree where paragraph.kind == .paragraph {
                    guard let location = markerLocation(in: paragraph) else { continue }
                    let end = paragraph.range?.end ?? location
                    let within = owner.heading.map { (es: "la sección «\($0)»", en: "the section \"\($0)\"") }
                        ?? (es: "el texto", en: "the text")
                    diagnostics.append(document.diagnostic(
                        "body.unfilled-guide", .error, at: SourceRange(start: location, end: end),
                        es: "En \(within.es) quedó la guía de la plantilla (\(UnfilledGuide.opening) …\(UnfilledGuide.closing)); falta escribir el contenido.",
                        en: "\(within.en.prefix(1).uppercased() + within.en.dropFirst()) still has the template's guide (\(UnfilledGuide.opening) …\(UnfilledGuide.closing)); its content is not written yet.",
                        hintES: "Reemplace todo el texto entre «» por el texto de la experiencia.",
                        hintEN: "Replace the whole text between «» with the experience's text."
                    ))
                }
            }
        }
    }

    /// Where the opening marker stands in a paragraph, when it holds one.
    ///
    /// A text node holds one stretch of one line, so its start plus the offset
    /// inside its text is the marker's column.
    private func markerLocation(in paragraph: MarkupNode) -> SourceLocation? {
        for inline in paragraph.children where inline.kind == .text {
            guard let text = inline.literal, let found = UnfilledGuide.openingRange(in: text) else { continue }
            guard let start = inline.range?.start else { return paragraph.range?.start }
            return SourceLocation(line: start.line, column: start.column + text.distance(from: text.startIndex, to: found.lowerBound))
        }
        return nil
    }
}
