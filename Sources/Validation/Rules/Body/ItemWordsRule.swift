import Diagnostics

/// A list item longer, in words, than the schema allows: each item prints as one short box or line.
struct ItemWordsRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        for part in sections.parts {
            guard let id = part.sectionID, let section = settings.schema.section(id), let limit = section.wordsPerItem else { continue }
            for list in part.contentBlocks where list.kind == .list {
                for (index, item) in list.children.enumerated() {
                    let words = WordCount.of(block: item)
                    guard let over = limit.exceeded(by: words) else { continue }
                    let bound = LimitWording(over)
                    diagnostics.append(document.diagnostic(
                        "body.item-words", over.severity, at: item.range,
                        es: "El punto \(index + 1) de «\(section.heading)» tiene \(words) palabras; \(bound.es) \(over.threshold).",
                        en: "Item \(index + 1) of \"\(section.heading)\" has \(words) words; \(bound.en) \(over.threshold).",
                        hintES: "Acórtelo o divídalo en dos puntos.",
                        hintEN: "Shorten it or split it into two items."
                    ))
                }
            }
        }
    }
}
