import Content
import Diagnostics

/// Refuses control characters in the front matter, written raw or made by an escape, at their line and column.
struct YAMLControlCharacterRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        document.reportYAMLFindings(where: { finding in
            switch finding {
            case .controlCharacter, .escapedControlCharacter: true
            default: false
            }
        }, into: &diagnostics)
    }
}
