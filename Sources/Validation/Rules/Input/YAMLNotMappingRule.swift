import Content
import Diagnostics

/// Reports a front matter that is not `key: value` pairs (one long string, a list).
struct YAMLNotMappingRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        document.reportYAMLFindings(where: { if case .notAMapping = $0 { true } else { false } }, into: &diagnostics)
    }
}
