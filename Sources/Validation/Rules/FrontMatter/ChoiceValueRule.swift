import Content
import Diagnostics

/// Reports values outside a closed list (`dependencia`, `niveles`…), with the value most likely meant.
///
/// Accepted spellings (`basica`, `particular subvencionada`) pass silently: the
/// contract asks to accept them, and the typed experience stores the canonical form.
struct ChoiceValueRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) {
            let values: [EnumValue]
            switch field.spec.type {
            case .choice(let list), .choiceList(let list): values = list
            default: continue
            }
            let lookup = settings.index.choices(values)
            for node in field.expectedScalars {
                guard let text = settings.index.plainValue(node, of: field.spec), lookup.canonical(for: text) == nil else { continue }
                let canonical = values.map(\.canonical)
                let suggestion = values.suggestion(for: text)
                diagnostics.append(document.frontMatterDiagnostic(
                    "invalid-choice", at: node.range,
                    es: "«\(text)» no es un valor posible de «\(field.spec.name)».",
                    en: "`\(text)` is not a possible value of `\(field.spec.name)`.",
                    hintES: (suggestion.map { "¿Quiso decir «\($0)»? " } ?? "") + "Valores posibles: \(canonical.joined(separator: ", ")).",
                    hintEN: (suggestion.map { "Did you mean `\($0)`? " } ?? "") + "Possible values: \(canonical.joined(separator: ", "))."))
            }
        }
    }
}
