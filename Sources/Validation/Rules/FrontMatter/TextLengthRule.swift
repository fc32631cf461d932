import Content
import Diagnostics

/// Reports texts longer than the schema allows: a name that became a paragraph.
struct TextLengthRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) {
            guard let maximum = field.spec.maxCharacters else { continue }
            for node in field.expectedScalars {
                guard let text = settings.index.plainValue(node, of: field.spec), text.count > maximum else { continue }
                diagnostics.append(document.frontMatterDiagnostic(
                    "too-long", at: node.range,
                    es: "«\(field.spec.name)» tiene \(text.count) caracteres; el máximo es \(maximum).",
                    en: "`\(field.spec.name)` has \(text.count) characters; the maximum is \(maximum).",
                    hintES: "Deje solo el nombre; la descripción va en el cuerpo.",
                    hintEN: "Keep only the name; the description belongs in the body."))
            }
        }
    }
}
