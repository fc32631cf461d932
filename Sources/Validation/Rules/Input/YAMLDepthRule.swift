import Content
import Diagnostics

/// Reports nesting far deeper than a front matter needs (refused before the YAML reader sees it).
struct YAMLDepthRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        document.reportYAMLFindings(where: { if case .tooDeep = $0 { true } else { false } }, into: &diagnostics)
    }
}
