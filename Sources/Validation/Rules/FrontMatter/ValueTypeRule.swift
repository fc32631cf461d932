import Content
import Diagnostics

/// Reports a value of the wrong shape: a list where one text or year is expected, one text where a list is, nested groups.
struct ValueTypeRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) where !EmptyValueRule.isEmpty(field.value) {
            let name = field.spec.name
            if field.spec.type.isList {
                switch field.value.value {
                case .scalar(let text, _):
                    diagnostics.append(document.frontMatterDiagnostic(
                        "wrong-type", at: field.value.range,
                        es: "«\(name)» debe ser una lista, aunque tenga un solo elemento.",
                        en: "`\(name)` must be a list, even with a single item.",
                        hintES: "Escríbalo entre corchetes: \(name): [\(text)]",
                        hintEN: "Write it in brackets: \(name): [\(text)]"))
                case .mapping:
                    diagnostics.append(wrongType(document, field.value, es: "«\(name)» debe ser una lista; aquí hay un grupo de claves.",
                                                 en: "`\(name)` must be a list; found a mapping."))
                case .sequence(let items):
                    for item in items where item.scalar == nil {
                        diagnostics.append(wrongType(
                            document, item,
                            es: "Cada elemento de «\(name)» debe ser un texto; aquí hay \(item.sequence != nil ? "una lista dentro de la lista" : "un grupo de claves").",
                            en: "Each item of `\(name)` must be text; found \(item.sequence != nil ? "a list inside the list" : "a mapping")."))
                    }
                }
            } else if field.value.scalar == nil {
                let what = field.value.sequence != nil ? (es: "una lista", en: "a list") : (es: "un grupo de claves", en: "a mapping")
                let expected = field.spec.type.expectsText ? (es: "un solo texto", en: "a single text") : (es: "un año", en: "a year")
                diagnostics.append(document.frontMatterDiagnostic(
                    "wrong-type", at: field.value.range,
                    es: "«\(name)» debe ser \(expected.es); aquí hay \(what.es).",
                    en: "`\(name)` must be \(expected.en); found \(what.en).",
                    hintES: "Escriba un solo valor después de «\(name): », sin corchetes ni guiones.",
                    hintEN: "Write a single value after `\(name): `, without brackets or dashes."))
            }
        }
    }

    private func wrongType(_ document: DocumentContext, _ node: YAMLNode, es: String, en: String) -> Diagnostic {
        document.frontMatterDiagnostic("wrong-type", at: node.range, es: es, en: en)
    }
}
