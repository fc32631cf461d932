import Content
import Diagnostics

/// Reports each required key that the front matter lacks.
struct MissingKeyRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let block = document.document.split?.frontMatter, let yaml = document.document.yaml else { return }
        // A refused or unreadable YAML block has no tree to look in: its own diagnostic says why.
        let pairs: [YAMLPair]
        if let root = yaml.root {
            guard let mapping = root.mapping else { return }
            pairs = mapping
        } else {
            guard yaml.findings.isEmpty else { return }
            pairs = []
        }
        let present = Set(pairs.compactMap(\.key.scalar))
        let names = settings.schema.fields(for: document.kind).map(\.name)
        // A misspelt key (`región`) is reported once, by UnknownKeyRule with its did-you-mean, not again as missing.
        let misspelt = Set(present.filter { !names.contains($0) }.compactMap { Suggestion.closest(to: $0, among: names) })
        // The missing key belongs in the block that opens at the `---` line before its first line.
        let fenceLine = block.firstLine - 1
        let fence = SourceRange(start: SourceLocation(line: fenceLine, column: 1), end: SourceLocation(line: fenceLine, column: 3))
        for spec in settings.schema.fields(for: document.kind) where spec.required && !present.contains(spec.name) && !misspelt.contains(spec.name) {
            diagnostics.append(document.frontMatterDiagnostic(
                "missing-key", at: fence,
                es: "Falta la clave obligatoria «\(spec.name)» en el encabezado.",
                en: "The front matter lacks the required key `\(spec.name)`.",
                hintES: "Agregue una línea «\(spec.name): …»: \(spec.guide)",
                hintEN: "Add a line `\(spec.name): …` (\(spec.guide))."))
        }
    }
}
