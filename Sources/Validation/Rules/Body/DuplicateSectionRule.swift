import Diagnostics

/// A section written twice; the second heading is reported, naming the line of the first.
struct DuplicateSectionRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        var first: [String: BodySections.Part] = [:]
        for part in sections.parts {
            guard let id = part.sectionID else { continue }
            guard let earlier = first[id] else {
                first[id] = part
                continue
            }
            let line = lineText(earlier.heading.line)
            let heading = settings.schema.section(id)?.heading ?? part.title
            diagnostics.append(document.diagnostic(
                "body.duplicate-section", .error, at: part.headingRange,
                es: "La sección «\(heading)» aparece dos veces: en la línea \(line) y aquí, en la línea \(lineText(part.heading.line)).",
                en: "The section \"\(heading)\" appears twice: at line \(line) and here, at line \(lineText(part.heading.line)).",
                hintES: "Junte el texto de ambas bajo un solo título '## \(heading)'.",
                hintEN: "Merge the text of both under a single '## \(heading)' heading."
            ))
        }
    }
}
