import Content
import Diagnostics

/// Reports keys written without a value (`red:`, `red: ""`, `establecimientos: []`) and empty list items.
struct EmptyValueRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) {
            let name = field.spec.name
            if Self.isEmpty(field.value) {
                // An optional key left empty is harmless but unclear; a required one is missing its value.
                let severity: Severity = field.spec.required ? .error : .warning
                let range = field.value.isNull && field.value.scalar == "" ? field.key.range : field.value.range
                diagnostics.append(document.frontMatterDiagnostic(
                    "empty-value", severity, at: range,
                    es: "«\(name)» no tiene valor\(field.spec.required ? " (es obligatorio)" : "").",
                    en: "`\(name)` has no value\(field.spec.required ? " (it is required)" : "").",
                    hintES: field.spec.required ? "Complételo: \(field.spec.guide)" : "Complételo o borre la línea.",
                    hintEN: field.spec.required ? "Fill it in (\(field.spec.guide))." : "Fill it in or delete the line."))
                continue
            }
            for item in field.value.sequence ?? [] where Self.isEmpty(item) {
                diagnostics.append(document.frontMatterDiagnostic(
                    "empty-value", at: item.range,
                    es: "La lista «\(name)» tiene un elemento vacío.",
                    en: "List `\(name)` has an empty item.",
                    hintES: "Borre el «- » sobrante o escriba el elemento.",
                    hintEN: "Delete the stray `- ` or write the item."))
            }
        }
    }

    /// Null, a blank text, an empty list or an empty mapping.
    static func isEmpty(_ node: YAMLNode) -> Bool {
        switch node.value {
        case .scalar(let text, _): node.isNull || text.allSatisfy(\.isWhitespace)
        case .sequence(let items): items.isEmpty
        case .mapping(let pairs): pairs.isEmpty
        }
    }
}
