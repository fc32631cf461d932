import Diagnostics
import Markup

/// Paragraphs whose lines start with `•`, `–`, `*texto` or `1.texto`: a list pasted from Word that Markdown reads as text.
///
/// Consecutive such paragraphs (Word often leaves a blank line between its
/// bullets) are one mistake and get one diagnostic, from the first marker to
/// the end of the last paragraph.
struct FakeListRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let sections = document.experienceSections else { return }
        for part in sections.parts {
            var run: [FakeList.Finding] = []
            for block in part.blocks {
                if let finding = FakeList.finding(in: block) {
                    run.append(finding)
                } else {
                    report(run, document, into: &diagnostics)
                    run = []
                }
            }
            report(run, document, into: &diagnostics)
        }
    }

    /// One diagnostic for a run of consecutive list-like paragraphs.
    private func report(_ run: [FakeList.Finding], _ document: DocumentContext, into diagnostics: inout [Diagnostic]) {
        guard let first = run.first else { return }
        let start = first.location ?? first.paragraph.range?.start
        let end = run.last?.paragraph.range?.end
        let range = start.map { SourceRange(start: $0, end: end ?? $0) }
        diagnostics.append(document.diagnostic(
            "body.fake-list", .error, at: range,
            es: "Este texto parece una lista, pero sus puntos empiezan con '\(first.marker)' y se publicaría como un solo párrafo corrido.",
            en: "This text looks like a list, but its items start with '\(first.marker)' and it would be published as one run-on paragraph.",
            hintES: "Use '- ' al comienzo de cada punto (guion y espacio), con una línea en blanco antes de la lista.",
            hintEN: "Use '- ' at the start of each item (a hyphen and a space), with a blank line before the list."
        ))
    }
}
