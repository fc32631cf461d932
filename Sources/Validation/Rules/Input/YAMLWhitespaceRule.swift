import Content
import Diagnostics

/// Reports tabs and non-breaking spaces where YAML needs plain spaces.
struct YAMLWhitespaceRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        document.reportYAMLFindings(where: { finding in
            switch finding {
            case .tab, .nonBreakingSpace: true
            default: false
            }
        }, into: &diagnostics)
    }
}
