import Diagnostics
import Markup

/// Blocks the booklet's layout has no place for inside a section: code, quotes and horizontal rules.
///
/// A paragraph indented four spaces (common after pasting from Word) becomes a
/// code block and would print in a typewriter font, so the hint says how to undo it.
struct UnexpectedBlockRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        for part in sections.parts {
            let heading = part.sectionID.flatMap(settings.schema.section)?.heading ?? part.title
            for block in part.blocks {
                guard let text = description(of: block, in: document) else { continue }
                diagnostics.append(document.diagnostic(
                    "body.unexpected-block", .error, at: block.range,
                    es: "La sección «\(heading)» tiene \(text.es), que el folleto no admite.",
                    en: "The section \"\(heading)\" has \(text.en), which the booklet does not allow.",
                    hintES: text.hintES, hintEN: text.hintEN
                ))
            }
        }
    }

    /// How a block the layout has no place for is named and fixed; `nil` for the blocks a section may hold.
    private func description(of block: MarkupNode, in document: DocumentContext) -> (es: String, en: String, hintES: String, hintEN: String)? {
        switch block.kind {
        case .codeBlock where !isFenced(block, in: document):
            (
                "un texto con sangría (bloque de código)", "an indented text (code block)",
                "Quite los espacios o tabulaciones del comienzo de las líneas: cuatro espacios convierten el párrafo en código.",
                "Remove the spaces or tabs at the start of the lines: four spaces turn the paragraph into code."
            )
        case .codeBlock:
            (
                "un bloque de código ('```')", "a code block ('```')",
                "Quite las líneas '```' y escriba el texto como párrafo.",
                "Remove the '```' lines and write the text as a paragraph."
            )
        case .blockQuote:
            (
                "una cita ('>')", "a quotation ('>')",
                "Quite el signo '>' del comienzo de las líneas.",
                "Remove the '>' at the start of the lines."
            )
        case .thematicBreak:
            (
                "una línea divisoria ('---', '***')", "a horizontal rule ('---', '***')",
                "Borre la línea; las secciones ya se separan por sus títulos.",
                "Delete the line; the section headings already separate the sections."
            )
        default:
            nil
        }
    }

    /// Whether a code block was written between fences (its first line opens with three backticks or tildes).
    private func isFenced(_ block: MarkupNode, in document: DocumentContext) -> Bool {
        guard let line = block.line, let source = document.document.split?.source else { return false }
        let text = source.line(line).drop { $0 == " " || $0 == ">" }
        return text.hasPrefix("```") || text.hasPrefix("~~~")
    }
}
