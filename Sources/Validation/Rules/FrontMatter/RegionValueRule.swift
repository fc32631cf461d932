import Content
import Diagnostics

/// Reports a region that is none of the official ones in any accepted spelling.
struct RegionValueRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) {
            guard case .region = field.spec.type,
                  let text = settings.index.plainValue(field.value, of: field.spec),
                  settings.index.regions.region(matching: text) == nil else { continue }
            let names = settings.schema.regions.map(\.region.name)
            let suggestion = settings.schema.regionSuggestion(for: text)
            diagnostics.append(document.frontMatterDiagnostic(
                "unknown-region", at: field.value.range,
                es: "«\(text)» no es una región de Chile.",
                en: "`\(text)` is not a region of Chile.",
                hintES: suggestion.map { "¿Quiso decir «\($0)»?" } ?? "Regiones: \(names.joined(separator: ", ")).",
                hintEN: suggestion.map { "Did you mean `\($0)`?" } ?? "Regions: \(names.joined(separator: ", "))."))
        }
    }
}
