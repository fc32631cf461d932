import Diagnostics

/// Sections in an order other than the contract's; only the first heading out of place is reported.
///
/// One move usually fixes the order, and every heading after a misplaced one
/// would otherwise be reported as well.
struct SectionOrderRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        let schema = settings.schema
        let placed = sections.firstPartPerSection.compactMap { part in
            part.sectionID.flatMap(schema.sectionIndex).map { (part: part, index: $0) }
        }
        var furthest: (part: BodySections.Part, index: Int)?
        for entry in placed {
            guard let previous = furthest, entry.index < previous.index else {
                furthest = entry
                continue
            }
            diagnostics.append(diagnostic(misplaced: entry, after: previous.part, placed: placed, document, schema))
            return
        }
    }

    /// The diagnostic for the first misplaced section, naming the one it must follow.
    private func diagnostic(
        misplaced entry: (part: BodySections.Part, index: Int), after wrong: BodySections.Part,
        placed: [(part: BodySections.Part, index: Int)], _ document: DocumentContext, _ schema: Schema
    ) -> Diagnostic {
        let heading = schema.sections[entry.index].heading
        let wrongHeading = wrong.sectionID.flatMap(schema.section)?.heading ?? wrong.title
        let wrongLine = lineText(wrong.heading.line)
        // The section it should follow: the nearest earlier one in the contract that the file has.
        let predecessor = placed.filter { $0.index < entry.index }.max { $0.index < $1.index }
        guard let predecessor else {
            return document.diagnostic(
                "body.section-order", .error, at: entry.part.headingRange,
                es: "La sección «\(heading)» está fuera de orden: debe ser la primera, antes de «\(wrongHeading)» (línea \(wrongLine)).",
                en: "The section \"\(heading)\" is out of order: it must come first, before \"\(wrongHeading)\" (line \(wrongLine)).",
                hintES: "Mueva '## \(heading)' y su texto al comienzo del cuerpo.",
                hintEN: "Move '## \(heading)' and its text to the start of the body."
            )
        }
        let follow = schema.sections[predecessor.index].heading
        let followLine = lineText(predecessor.part.heading.line)
        return document.diagnostic(
            "body.section-order", .error, at: entry.part.headingRange,
            es: "La sección «\(heading)» está fuera de orden: debe ir después de «\(follow)» (línea \(followLine)), no después de «\(wrongHeading)» (línea \(wrongLine)).",
            en: "The section \"\(heading)\" is out of order: it must follow \"\(follow)\" (line \(followLine)), not \"\(wrongHeading)\" (line \(wrongLine)).",
            hintES: "Mueva '## \(heading)' y su texto para que quede a continuación de «\(follow)». El orden es: \(schema.sections.map(\.heading).joined(separator: ", ")).",
            hintEN: "Move '## \(heading)' and its text so that it follows \"\(follow)\". The order is: \(schema.sections.map(\.heading).joined(separator: ", "))."
        )
    }
}
