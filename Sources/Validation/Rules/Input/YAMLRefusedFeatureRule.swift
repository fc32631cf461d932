import Content
import Diagnostics

/// Refuses anchors, aliases, tags and directives: a front matter needs none, and they are the unsafe part of YAML.
struct YAMLRefusedFeatureRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        document.reportYAMLFindings(where: { finding in
            switch finding {
            case .anchor, .alias, .tag, .directive: true
            default: false
            }
        }, into: &diagnostics)
    }
}
