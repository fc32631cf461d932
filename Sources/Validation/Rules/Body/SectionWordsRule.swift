import Diagnostics

/// A section longer, in words, than the schema allows: an experience has two printed pages.
struct SectionWordsRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        for part in sections.parts {
            guard let id = part.sectionID, let section = settings.schema.section(id), let limit = section.words else { continue }
            let words = part.contentBlocks.reduce(0) { $0 + WordCount.of(block: $1) }
            guard let over = limit.exceeded(by: words) else { continue }
            let bound = LimitWording(over)
            diagnostics.append(document.diagnostic(
                "body.section-words", over.severity, at: part.headingRange,
                es: "La sección «\(section.heading)» tiene \(words) palabras; \(bound.es) \(over.threshold).",
                en: "The section \"\(section.heading)\" has \(words) words; \(bound.en) \(over.threshold).",
                hintES: "Acorte el texto en \(words - over.threshold) palabras o más: cada experiencia ocupa dos páginas del folleto.",
                hintEN: "Shorten the text by \(words - over.threshold) words or more: each experience fills two pages of the booklet."
            ))
        }
    }
}

/// How a message names the threshold crossed: a maximum for errors, a recommendation for warnings.
struct LimitWording {
    let es: String
    let en: String

    /// The wording for the threshold a value went over.
    init(_ over: (severity: Severity, threshold: Int)) {
        switch over.severity {
        case .error:
            es = "el máximo es"
            en = "the maximum is"
        case .warning:
            es = "se recomiendan hasta"
            en = "the recommended maximum is"
        }
    }
}
