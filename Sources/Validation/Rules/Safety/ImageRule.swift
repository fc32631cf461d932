import Diagnostics
import Markup

/// Images in region content: the booklet publishes none, and a remote one would be fetched while printing.
///
/// libcmark's safe mode lets `http(s)` images through, so WeasyPrint or Chromium
/// would download them from whoever wrote the address while making the PDF
/// (and wait for the network where there is none). The pipeline copies no image
/// files either, so a local image would print as a broken frame. Both are errors
/// until the contract says how images travel with an experience.
struct ImageRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let body = document.document.body else { return }
        for node in body.allNodes where node.kind == .image {
            let destination = node.destination ?? ""
            // Unsafe schemes are UnsafeLinkRule's; one diagnostic per image is enough.
            guard UnsafeURL.blockedScheme(of: destination) == nil else { continue }
            if Self.isRemote(destination) {
                diagnostics.append(document.diagnostic(
                    "safety.image", .error, at: node.range,
                    es: "La imagen se descargaría de internet («\(destination)») al imprimir el folleto.",
                    en: "The image would be downloaded from the internet (\"\(destination)\") while printing the booklet.",
                    hintES: "Quite la imagen: el folleto no publica imágenes de las experiencias.",
                    hintEN: "Remove the image: the booklet publishes no images in experiences."
                ))
            } else {
                diagnostics.append(document.diagnostic(
                    "safety.image", .error, at: node.range,
                    es: "El folleto no publica imágenes en las experiencias («\(destination)»).",
                    en: "The booklet publishes no images in experiences (\"\(destination)\").",
                    hintES: "Quite la imagen y, si hace falta, describa en el texto lo que mostraba.",
                    hintEN: "Remove the image and, if needed, describe in the text what it showed."
                ))
            }
        }
    }

    /// Whether the address points to another machine (`http:`, `https:`, `ftp:` or protocol-relative `//`).
    static func isRemote(_ destination: String) -> Bool {
        let normalized = UnsafeURL.normalize(destination)
        return normalized.hasPrefix("//") || ["http:", "https:", "ftp:"].contains { normalized.hasPrefix($0) }
    }
}
