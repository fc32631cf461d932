import Diagnostics
import Markup

/// Links `LinkPolicy` refuses, and images whose address uses a scheme that runs code or reads files.
///
/// The renderer unwraps a refused link (its text stays, the address goes), so
/// without this rule a region would lose its link silently; the rule reads the
/// address cmark parsed, entities already decoded, and reports it where the
/// link stands, whether written inline, as an autolink or through a reference.
/// Other problems of images are `ImageRule`'s.
struct UnsafeLinkRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let body = document.document.body else { return }
        for node in body.allNodes where node.kind == .link || node.kind == .image {
            let destination = node.destination ?? ""
            guard case .refused(let refusal) = LinkPolicy.verdict(for: destination) else { continue }
            if case .blockedScheme(let scheme) = refusal {
                let what = node.kind == .image ? (es: "La imagen", en: "The image") : (es: "El enlace", en: "The link")
                diagnostics.append(document.diagnostic(
                    "safety.unsafe-url", .error, at: node.range,
                    es: "\(what.es) apunta a una dirección '\(scheme):', que no se permite.",
                    en: "\(what.en) points to a '\(scheme):' address, which is not allowed.",
                    hintES: UnsafeURLHint.es, hintEN: UnsafeURLHint.en
                ))
            } else if node.kind == .link {
                let wording = LinkRefusalWording(refusal, destination: destination)
                diagnostics.append(document.diagnostic(
                    "safety.link-address", .error, at: node.range,
                    es: wording.es, en: wording.en, hintES: wording.hintES, hintEN: wording.hintEN
                ))
            }
        }
    }
}

/// The hint shared by the two rules on unsafe addresses.
enum UnsafeURLHint {
    static let es = "Use solo direcciones web que empiecen con 'https://' o 'http://'; las de tipo javascript:, vbscript:, file: y data: pueden ejecutar código o leer archivos del lector."
    static let en = "Use only web addresses starting with 'https://' or 'http://'; javascript:, vbscript:, file: and data: addresses can run code or read the reader's files."
}
