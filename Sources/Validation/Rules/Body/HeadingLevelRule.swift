import Diagnostics

/// A section heading written at a level other than `##` (`# Objetivo`, `### Objetivo`).
struct HeadingLevelRule: DocumentRule {
    /// The level every section heading is written at.
    static let sectionLevel = 2

    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        for part in sections.parts where part.sectionID != nil && part.level != Self.sectionLevel {
            let marks = String(repeating: "#", count: part.level)
            diagnostics.append(document.diagnostic(
                "body.heading-level", .error, at: part.headingRange,
                es: "El título «\(part.writtenHeading)» usa '\(marks)'; los títulos de sección se escriben con '##'.",
                en: "The heading \"\(part.writtenHeading)\" uses '\(marks)'; section headings are written with '##'.",
                hintES: "Escriba '## \(part.title)' (dos signos # y un espacio).",
                hintEN: "Write '## \(part.title)' (two # signs and a space)."
            ))
        }
    }
}
