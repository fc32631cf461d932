import Diagnostics

/// A list with more items than the schema allows; the first item past the limit is pointed at.
struct ListItemsRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        for part in sections.parts {
            guard let id = part.sectionID, let section = settings.schema.section(id), let limit = section.items else { continue }
            for list in part.contentBlocks where list.kind == .list {
                let items = list.children
                guard let over = limit.exceeded(by: items.count) else { continue }
                let bound = LimitWording(over)
                let firstOver = items[over.threshold]
                diagnostics.append(document.diagnostic(
                    "body.list-items", over.severity, at: firstOver.range,
                    es: "La lista de «\(section.heading)» tiene \(items.count) puntos; \(bound.es) \(over.threshold). Este es el punto \(over.threshold + 1).",
                    en: "The list of \"\(section.heading)\" has \(items.count) items; \(bound.en) \(over.threshold). This is item \(over.threshold + 1).",
                    hintES: "Junte o quite puntos hasta dejar \(over.threshold) o menos.",
                    hintEN: "Merge or remove items until \(over.threshold) or fewer remain."
                ))
            }
        }
    }
}
