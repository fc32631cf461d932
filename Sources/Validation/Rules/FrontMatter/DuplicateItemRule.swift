import Content
import Diagnostics

/// Warns about a list naming the same thing twice (a school pasted twice, `básica` and `basica`).
struct DuplicateItemRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) where field.spec.type.isList {
            var seen: [String: SourceLocation] = [:]
            for node in field.expectedScalars {
                guard let text = settings.index.plainValue(node, of: field.spec) else { continue }
                let key: String
                if case .choiceList(let values) = field.spec.type {
                    guard let canonical = settings.index.choices(values).canonical(for: text) else { continue }
                    key = canonical
                } else {
                    key = TextKey.of(text)
                }
                guard let first = seen[key] else {
                    seen[key] = node.location
                    continue
                }
                diagnostics.append(document.frontMatterDiagnostic(
                    "duplicate-item", .warning, at: node.range,
                    es: "«\(text)» ya está en «\(field.spec.name)» (línea \(first.line)).",
                    en: "`\(text)` is already in `\(field.spec.name)` (line \(first.line)).",
                    hintES: "Borre la repetición, o distinga los dos nombres si son distintos.",
                    hintEN: "Delete the repeat, or tell the two names apart if they differ."))
            }
        }
    }
}
