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
        guard !headings.isEmpty else { return }
        let suggestion = HeadingSuggestion(schema: settings.schema)
        let all = settings.schema.sections.map(\.heading).joined(separator: ", ")
        for (index, (node, level)) in headings.enumerated() {
            let title = node.plainText
            // Past the cap the diagnostic is only counted, so the did-you-mean is not worth measuring.
            let meant = index < CappedRule.standardLimit ? suggestion.section(for: title) : nil
            diagnostics.append(diagnostic(for: node, title: title, level: level, meant: meant, allSections: all, document))
        }
    }

    /// The diagnostic for one unknown heading, with its did-you-mean when there is one.
    private func diagnostic(
        for heading: MarkupNode, title: String, level: Int, meant: SectionSpec?, allSections all: String, _ document: DocumentContext
    ) -> Diagnostic {
        let written = String(repeating: "#", count: level) + " " + title
        if let meant {
            return document.diagnostic(
                "body.unknown-heading", .error, at: heading.range,
                es: "El título «\(written)» no corresponde a ninguna sección. ¿Quiso decir «## \(meant.heading)»?",
                en: "The heading \"\(written)\" names no section. Did you mean \"## \(meant.heading)\"?",
                hintES: "Escriba el título como '## \(meant.heading)'.",
                hintEN: "Write the heading as '## \(meant.heading)'."
            )
        }
        return document.diagnostic(
            "body.unknown-heading", .error, at: heading.range,
            es: "El título «\(written)» no corresponde a ninguna sección.",
            en: "The heading \"\(written)\" names no section.",
            hintES: "Las secciones son: \(all). Si es parte del texto, escríbalo sin '#'.",
            hintEN: "The sections are: \(all). If it belongs to the text, write it without '#'."
        )
    }
}
