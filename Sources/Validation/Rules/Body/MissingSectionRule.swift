import Content
import Diagnostics

/// A required section the experience lacks, placed where it belongs.
///
/// The diagnostic points at the heading of the next section the file has (the
/// missing one goes just before it); a section that belongs after every present
/// one points at the last character of the body, after which it would be added
/// (cmark's own end positions for a final list or code block fall on the blank
/// line after it, so the source is read instead). An
/// empty body is reported once by `EmptyBodyRule` instead of once per section, and a section whose heading
/// is there but misspelt (`## Objetvo`) once by `UnknownHeadingRule`, whose did-you-mean already names it.
struct MissingSectionRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections, let body = document.document.body else { return }
        let blocks = body.root.children
        guard !blocks.isEmpty else { return }
        let schema = settings.schema
        let present = Dictionary(
            sections.firstPartPerSection.compactMap { part in part.sectionID.map { ($0, part) } },
            uniquingKeysWith: { first, _ in first }
        )
        let bodyEnd = document.document.split.flatMap(lastCharacter)
        let suggestion = HeadingSuggestion(schema: schema)
        let misspelt = Set(sections.parts.prefix(CappedRule.standardLimit).filter { $0.sectionID == nil }
            .compactMap { suggestion.section(for: $0.heading.plainText)?.id })
        for (index, section) in schema.sections.enumerated()
        where section.required && present[section.id] == nil && !misspelt.contains(section.id) {
            let next = schema.sections[(index + 1)...].lazy.compactMap { present[$0.id] }.first
            let previous = schema.sections[..<index].reversed().lazy.compactMap { present[$0.id] }.first
            if let next {
                let nextHeading = next.sectionID.flatMap(schema.section)?.heading ?? next.title
                let line = lineText(next.heading.line)
                diagnostics.append(document.diagnostic(
                    "body.missing-section", .error, at: next.headingRange.map { SourceRange($0.start) },
                    es: "Falta la sección «\(section.heading)»; va antes de «\(nextHeading)» (línea \(line)).",
                    en: "The section \"\(section.heading)\" is missing; it goes before \"\(nextHeading)\" (line \(line)).",
                    hintES: "Agregue el título '## \(section.heading)' con su texto antes de la línea \(line).",
                    hintEN: "Add the heading '## \(section.heading)' and its text before line \(line)."
                ))
            } else {
                let after = previous.map { " después de «\($0.sectionID.flatMap(schema.section)?.heading ?? $0.title)»" } ?? ""
                let afterEN = previous.map { " after \"\($0.sectionID.flatMap(schema.section)?.heading ?? $0.title)\"" } ?? ""
                diagnostics.append(document.diagnostic(
                    "body.missing-section", .error, at: bodyEnd.map { SourceRange($0) },
                    es: "Falta la sección «\(section.heading)»; va al final del texto\(after).",
                    en: "The section \"\(section.heading)\" is missing; it goes at the end of the text\(afterEN).",
                    hintES: "Agregue al final el título '## \(section.heading)' con su texto.",
                    hintEN: "Add the heading '## \(section.heading)' and its text at the end."
                ))
            }
        }
    }

    /// The position of the last visible character of the file, when it has one.
    private func lastCharacter(_ split: SplitDocument) -> SourceLocation? {
        let source = split.source
        var line = source.lineCount
        while line > split.bodyLineOffset {
            let text = source.line(line)
            if let last = text.lastIndex(where: { !$0.isWhitespace }) {
                return SourceLocation(line: line, column: text.distance(from: text.startIndex, to: last) + 1)
            }
            line -= 1
        }
        return nil
    }
}
