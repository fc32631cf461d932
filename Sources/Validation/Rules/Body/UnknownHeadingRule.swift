import Diagnostics
import Markup

/// A heading that names no section of the contract, with the section it most likely meant.
///
/// Level 1 and 2 headings open a part of their own; deeper ones that name no
/// section sit inside a part as subtitles, which the booklet's fixed layout has
/// no place for either.
struct UnknownHeadingRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        var headings: [(node: MarkupNode, level: Int)] = []
        for part in sections.parts {
            if part.sectionID == nil { headings.append((part.heading, part.level)) }
            for block in part.blocks where block.kind == .heading {
                headings.append((block, block.headingLevel ?? 0))
            }
        }
        for (node, level) in headings {
            diagnostics.append(diagnostic(for: node, level: level, document, settings.schema))
        }
    }

    private func diagnostic(for heading: MarkupNode, level: Int, _ document: DocumentContext, _ schema: Schema) -> Diagnostic {
        let title = heading.plainText
        let written = String(repeating: "#", count: level) + " " + title
        if let meant = HeadingSuggestion.section(for: title, in: schema) {
            return document.diagnostic(
                "body.unknown-heading", .error, at: heading.range,
                es: "El título «\(written)» no corresponde a ninguna sección. ¿Quiso decir «## \(meant.heading)»?",
                en: "The heading \"\(written)\" names no section. Did you mean \"## \(meant.heading)\"?",
                hintES: "Escriba el título como '## \(meant.heading)'.",
                hintEN: "Write the heading as '## \(meant.heading)'."
            )
        }
        let all = schema.sections.map(\.heading).joined(separator: ", ")
        return document.diagnostic(
            "body.unknown-heading", .error, at: heading.range,
            es: "El título «\(written)» no corresponde a ninguna sección.",
            en: "The heading \"\(written)\" names no section.",
            hintES: "Las secciones son: \(all). Si es parte del texto, escríbalo sin '#'.",
            hintEN: "The sections are: \(all). If it belongs to the text, write it without '#'."
        )
    }
}
