import Content
import Diagnostics

/// Reports a front-matter value that is still the guide `rme new` wrote: the file is not filled in.
struct UnfilledGuideValueRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) {
            for node in field.expectedScalars {
                guard let text = node.scalar, settings.index.isUnfilledGuide(text, of: field.spec) else { continue }
                diagnostics.append(document.frontMatterDiagnostic(
                    "unfilled-guide", at: node.range,
                    es: "«\(field.spec.name)» todavía tiene la guía de la plantilla; falta escribir el valor.",
                    en: "`\(field.spec.name)` still holds the template's guide; its value is not written yet.",
                    hintES: "Reemplace la guía por el dato: \(field.spec.guide)",
                    hintEN: "Replace the guide with the value (\(field.spec.guide))."))
            }
        }
    }
}
