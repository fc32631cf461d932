import Diagnostics

/// Text written before the first section heading of an experience, which no section would print.
struct PreambleRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections,
              let first = sections.preamble.first(where: { $0.kind != .htmlBlock && !UnfilledGuide.isGuide(block: $0) }),
              let start = first.range?.start
        else { return }
        let end = sections.preamble.last?.range?.end ?? start
        let firstSection = settings.schema.sections.first?.heading ?? ""
        diagnostics.append(document.diagnostic(
            "body.preamble", .error, at: SourceRange(start: start, end: end),
            es: "Hay contenido antes del primer título de sección; no pertenece a ninguna sección y no se publicaría.",
            en: "There is content before the first section heading; it belongs to no section and would not be published.",
            hintES: "Ponga este contenido bajo su sección (la primera es '## \(firstSection)') o bórrelo.",
            hintEN: "Move this content under its section (the first one is '## \(firstSection)') or delete it."
        ))
    }
}
