import Content
import Diagnostics

/// "Words" of front-matter values (runs without breakable spaces) past the schema's `archivo.caracteres_seguidos`.
///
/// Every scalar value is measured, known key or not, in experiences and front pages: the values print in
/// headers, cards and the contents, where long runs stall the PDF engine as in the body. A value already
/// too long for its field is left to `TextLengthRule`: each value is judged by one rule only.
struct LongWordValueRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let root = document.frontMatter else { return }
        let limit = settings.schema.unbreakableRun
        guard let floor = limit.warning ?? limit.error else { return }
        let judged = tooLongValues(document, settings)
        FrontMatterScalars.forEach(under: [("", root)]) { key, node, text in
            guard !judged.contains(node.location) else { return }
            let name = LongWordWording.printable(key)
            // One diagnostic per value: its warnings would all point at the same place.
            guard let finding = LongWordFindings.of(text, limit: limit).first else { return }
            let wording = LongWordWording(finding, in: text, place: (es: "En «\(name)»", en: "In `\(name)`"), floor: floor)
            diagnostics.append(document.frontMatterDiagnostic(
                "long-word", finding.severity, at: node.range,
                es: wording.es, en: wording.en, hintES: wording.hintES, hintEN: wording.hintEN))
        }
    }

    /// Where `TextLengthRule` reports a value too long for its field.
    private func tooLongValues(_ document: DocumentContext, _ settings: CheckSettings) -> Set<SourceLocation> {
        var found: Set<SourceLocation> = []
        for field in document.knownFields(settings.schema) {
            guard let maximum = field.spec.maxCharacters else { continue }
            for node in field.expectedScalars where (settings.index.plainValue(node, of: field.spec)?.count ?? 0) > maximum {
                found.insert(node.location)
            }
        }
        return found
    }
}
