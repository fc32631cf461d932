import Diagnostics

/// A section heading with nothing under it.
struct EmptySectionRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        for part in sections.parts {
            guard let id = part.sectionID, let section = settings.schema.section(id) else { continue }
            // A guide left by `rme new` is reported as unfilled, not as empty.
            if part.blocks.contains(where: UnfilledGuide.isGuide(block:)) { continue }
            guard part.contentBlocks.allSatisfy({ $0.visibleText.allSatisfy(\.isWhitespace) }) else { continue }
            let what = section.kind == .bulletList
                ? (es: "una lista con '- ' al comienzo de cada punto", en: "a list with '- ' at the start of each item")
                : (es: "uno o más párrafos", en: "one or more paragraphs")
            diagnostics.append(document.diagnostic(
                "body.empty-section", .error, at: part.headingRange,
                es: "La sección «\(section.heading)» está vacía.",
                en: "The section \"\(section.heading)\" is empty.",
                hintES: "Escriba debajo del título \(what.es).",
                hintEN: "Write \(what.en) below the heading."
            ))
        }
    }
}
