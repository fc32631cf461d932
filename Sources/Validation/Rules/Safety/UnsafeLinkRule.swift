import Diagnostics
import Markup

/// Links and images whose address uses `javascript:`, `vbscript:`, `file:` or a non-image `data:` URL.
///
/// libcmark's safe mode blanks such addresses silently (`href=""`), which hides
/// the attempt and leaves a dead link in the booklet; the rule reads the
/// address cmark parsed, entities already decoded, and reports it where the
/// link stands, whether written inline, as an autolink or through a reference.
struct UnsafeLinkRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let body = document.document.body else { return }
        for node in body.allNodes where node.kind == .link || node.kind == .image {
            guard let destination = node.destination, let scheme = UnsafeURL.blockedScheme(of: destination) else { continue }
            let what = node.kind == .image ? (es: "La imagen", en: "The image") : (es: "El enlace", en: "The link")
            diagnostics.append(document.diagnostic(
                "safety.unsafe-url", .error, at: node.range,
                es: "\(what.es) apunta a una dirección '\(scheme):', que no se permite.",
                en: "\(what.en) points to a '\(scheme):' address, which is not allowed.",
                hintES: UnsafeURLHint.es, hintEN: UnsafeURLHint.en
            ))
        }
    }
}

/// The hint shared by the two rules on unsafe addresses.
enum UnsafeURLHint {
    static let es = "Use solo direcciones web que empiecen con 'https://' o 'http://'; las de tipo javascript:, vbscript:, file: y data: pueden ejecutar código o leer archivos del lector."
    static let en = "Use only web addresses starting with 'https://' or 'http://'; javascript:, vbscript:, file: and data: addresses can run code or read the reader's files."
}
