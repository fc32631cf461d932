import Content
import Diagnostics

/// Refuses YAML merge keys (`<<`): they copy values from elsewhere, which a front matter never needs.
struct MergeKeyRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let root = document.frontMatter else { return }
        // Depth is bounded by YAMLGuard, so the walk is short; an explicit stack keeps it flat anyway.
        var stack = [root]
        while let node = stack.popLast() {
            switch node.value {
            case .scalar:
                continue
            case .sequence(let items):
                stack += items
            case .mapping(let pairs):
                for pair in pairs {
                    if pair.key.scalar == "<<" && pair.key.scalarStyle == .plain {
                        diagnostics.append(document.frontMatterDiagnostic(
                            "merge-key", at: pair.key.range,
                            es: "Se rechaza la clave de mezcla «<<»: copia claves desde otro lugar, algo que un encabezado no necesita y que cada lector de YAML interpreta distinto.",
                            en: "Merge key `<<` refused: it copies keys from elsewhere, which a front matter never needs and which each YAML reader handles differently.",
                            hintES: "Escriba cada clave con su valor, una por línea.",
                            hintEN: "Write each key with its value, one per line."))
                    }
                    stack.append(pair.value)
                }
            }
        }
    }
}
