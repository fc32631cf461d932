import Content
import Diagnostics

/// Reports lists shorter or longer than the schema allows (`dependencia`, `establecimientos`…).
struct ListLengthRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) {
            // An empty list is reported as an empty value, not as a short one.
            guard field.spec.type.isList, let items = field.value.sequence, !items.isEmpty else { continue }
            let name = field.spec.name
            if let minimum = field.spec.minItems, items.count < minimum {
                diagnostics.append(document.frontMatterDiagnostic(
                    "too-few-items", at: field.value.range,
                    es: "«\(name)» tiene \(items.count) elemento\(items.count == 1 ? "" : "s"); se piden al menos \(minimum).",
                    en: "`\(name)` has \(items.count) item\(items.count == 1 ? "" : "s"); at least \(minimum) are required."))
            }
            if let maximum = field.spec.maxItems, items.count > maximum {
                diagnostics.append(document.frontMatterDiagnostic(
                    "too-many-items", at: items[maximum].range,
                    es: "«\(name)» tiene \(items.count) elementos; el máximo es \(maximum). Sobran desde este.",
                    en: "`\(name)` has \(items.count) items; the maximum is \(maximum). The excess starts here.",
                    hintES: "Revise que no se hayan pegado elementos de más o repetidos.",
                    hintEN: "Check that no extra or repeated items were pasted."))
            }
        }
    }
}
