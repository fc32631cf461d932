import Content
import Diagnostics

extension DocumentContext {
    /// The front matter's YAML findings that one rule words, at most one per code and line.
    ///
    /// A line with three tabs or an alias bomb with dozens of `*` on a line is
    /// one thing to fix there; one diagnostic per line keeps the list readable.
    func reportYAMLFindings(where selects: (YAMLFinding) -> Bool, into diagnostics: inout [Diagnostic]) {
        guard let findings = document.yaml?.findings else { return }
        var reported: Set<String> = []
        for finding in findings where selects(finding) {
            let wording = YAMLFindingWording(finding, block: (es: "el encabezado", en: "the front matter"))
            let key = "\(wording.code)@\(wording.range?.start.line ?? 0)"
            guard reported.insert(key).inserted else { continue }
            diagnostics.append(Diagnostic(
                file: path, range: wording.range, severity: .error, code: "yaml.\(wording.code)",
                message: wording.message, hint: wording.hint))
        }
    }
}
