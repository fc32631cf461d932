import Diagnostics
import Markup

/// A section whose content has the wrong shape: a list where paragraphs go, paragraphs where one bullet list goes,
/// a numbered list, or two lists.
///
/// Paragraphs that only look like a list (`• punto`) are left to `FakeListRule`,
/// which says how to turn them into one; other blocks to `UnexpectedBlockRule`.
struct SectionKindRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        for part in sections.parts {
            guard let id = part.sectionID, let section = settings.schema.section(id) else { continue }
            let blocks = part.contentBlocks.filter { $0.kind == .list || ($0.kind == .paragraph && FakeList.finding(in: $0) == nil) }
            switch section.kind {
            case .paragraphs:
                checkParagraphs(blocks, section, document, into: &diagnostics)
            case .bulletList:
                checkBulletList(blocks, section, document, into: &diagnostics)
            }
        }
    }

    /// Paragraph sections: every list is out of place.
    private func checkParagraphs(_ blocks: [MarkupNode], _ section: SectionSpec, _ document: DocumentContext, into diagnostics: inout [Diagnostic]) {
        for list in blocks where list.kind == .list {
            diagnostics.append(document.diagnostic(
                "body.expected-paragraphs", .error, at: list.range,
                es: "La sección «\(section.heading)» se escribe en párrafos, no como lista.",
                en: "The section \"\(section.heading)\" is written as paragraphs, not as a list.",
                hintES: "Quite los '- ' o números del comienzo de cada punto y escriba el texto como párrafo.",
                hintEN: "Remove the '- ' or numbers at the start of each item and write the text as a paragraph."
            ))
        }
    }

    /// List sections: exactly one bullet list and nothing beside it.
    private func checkBulletList(_ blocks: [MarkupNode], _ section: SectionSpec, _ document: DocumentContext, into diagnostics: inout [Diagnostic]) {
        let paragraphs = blocks.filter { $0.kind == .paragraph }
        if let first = paragraphs.first {
            let count = paragraphs.count
            let counted = count == 1 ? (es: "un párrafo", en: "a paragraph") : (es: "\(count) párrafos", en: "\(count) paragraphs")
            diagnostics.append(document.diagnostic(
                "body.expected-list", .error, at: first.range,
                es: "La sección «\(section.heading)» se escribe como una lista, pero tiene \(counted.es).",
                en: "The section \"\(section.heading)\" is written as a list, but it has \(counted.en).",
                hintES: "Escriba cada punto en su línea, empezando con '- ' (guion y espacio).",
                hintEN: "Write each item on its own line, starting with '- ' (a hyphen and a space)."
            ))
        }
        let lists = blocks.filter { $0.kind == .list }
        for list in lists where list.list?.kind == .ordered {
            diagnostics.append(document.diagnostic(
                "body.ordered-list", .error, at: list.range,
                es: "La lista de «\(section.heading)» está numerada; el folleto usa viñetas.",
                en: "The list of \"\(section.heading)\" is numbered; the booklet uses bullets.",
                hintES: "Cambie los números ('1.', '2.') del comienzo de cada punto por '- '.",
                hintEN: "Replace the numbers ('1.', '2.') at the start of each item with '- '."
            ))
        }
        if lists.count > 1, let first = lists.first {
            let second = lists[1]
            let line = lineText(first.line)
            diagnostics.append(document.diagnostic(
                "body.several-lists", .error, at: second.range,
                es: "La sección «\(section.heading)» tiene \(lists.count) listas; debe tener una sola (la primera empieza en la línea \(line)).",
                en: "The section \"\(section.heading)\" has \(lists.count) lists; it must have one (the first starts at line \(line)).",
                hintES: "Use el mismo signo '- ' en todos los puntos y no deje texto suelto entre ellos.",
                hintEN: "Use the same '- ' mark for every item and leave no loose text between them."
            ))
        }
    }
}
