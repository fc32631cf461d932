import Content
import Diagnostics

/// Reports what the YAML reader could not read, in Spanish where the complaint is a common one.
struct YAMLSyntaxRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        document.reportYAMLFindings(where: { if case .syntax = $0 { true } else { false } }, into: &diagnostics)
    }
}
