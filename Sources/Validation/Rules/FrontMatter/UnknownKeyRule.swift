import Content
import Diagnostics

/// Reports keys the schema does not know, with the known key they most likely meant.
struct UnknownKeyRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let pairs = document.frontMatterPairs else { return }
        let names = settings.schema.fields(for: document.kind).map(\.name)
        for pair in pairs {
            guard let key = pair.key.scalar else {
                diagnostics.append(document.frontMatterDiagnostic(
                    "unknown-key", at: pair.key.range,
                    es: "Una clave del encabezado debe ser una palabra, no una lista ni un grupo.",
                    en: "A front-matter key must be a word, not a list or a mapping.",
                    hintES: "Claves posibles: \(names.joined(separator: ", ")).",
                    hintEN: "Possible keys: \(names.joined(separator: ", "))."))
                continue
            }
            // `<<` is a merge key: MergeKeyRule explains it.
            guard !names.contains(key), key != "<<" else { continue }
            let suggestion = Suggestion.closest(to: key, among: names)
            diagnostics.append(document.frontMatterDiagnostic(
                "unknown-key", at: pair.key.range,
                es: "Clave desconocida «\(key)».",
                en: "Unknown key `\(key)`.",
                hintES: suggestion.map { "¿Quiso decir «\($0)»? Las claves se escriben sin tildes y en minúsculas." }
                    ?? "Claves posibles: \(names.joined(separator: ", ")).",
                hintEN: suggestion.map { "Did you mean `\($0)`? Keys are written unaccented and in lowercase." }
                    ?? "Possible keys: \(names.joined(separator: ", "))."))
        }
    }
}
