import Content
import Diagnostics

/// Reports a key written twice, at the second, naming the line of the first.
struct YAMLDuplicateKeyRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        document.reportYAMLFindings(where: { if case .duplicateKey = $0 { true } else { false } }, into: &diagnostics)
    }
}
