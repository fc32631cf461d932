import FlyingFox
import Foundation
import Validation

/// What region and editor alike open of a version besides its page: the bytes that were uploaded, the files
/// of its preview, its printed chapter as a page, a PDF and images.
struct VersionResources {
    let context: IntakeContext
    let version: SubmittedVersion
    let region: RegionSpec
    /// The version's address ("/region/versiones/3").
    let base: String

    /// The answer for `part` (the version's page itself is the caller's).
    func answer(_ part: IntakeRoute.VersionPart, shell: (String) -> String) async -> HTTPResponse {
        switch part {
        case .page:
            return IntakeResponse.notFound()
        case .original:
            guard let bytes = try? context.store.source(of: version.number, region: version.region) else { return IntakeResponse.notFound() }
            let ext = version.sourceKind == .pasted ? "md" : version.sourceKind.rawValue
            return IntakeResponse.bytes(type: Self.type(ofExtension: ext), body: bytes,
                                        download: "\(version.region)-version-\(version.number).\(ext)")
        case .preview(let path):
            guard let preview = await context.proofs.preview(of: version, region: region), let file = preview.files[path] else {
                return IntakeResponse.notFound()
            }
            let ext = path.split(separator: ".").last.map(String.init) ?? ""
            return IntakeResponse.bytes(type: Self.type(ofExtension: ext), body: file.data, policy: IntakeResponse.previewPolicy)
        case .printedPage:
            switch await context.proofs.printed(of: version, region: region) {
            case .success(let printed): return IntakeResponse.page(shell(VersionView.printed(base: base, pages: printed.pages.count)))
            case .failure(let failure):
                return IntakeResponse.page(.serviceUnavailable, shell("<div class=\"aviso error\"><p>\(PageShell.h(failure.message))</p></div>"))
            }
        case .printedPDF:
            guard case .success(let printed) = await context.proofs.printed(of: version, region: region) else { return IntakeResponse.notFound() }
            return IntakeResponse.bytes(type: "application/pdf", body: printed.pdf, download: "\(version.region)-version-\(version.number).pdf")
        case .printedImage(let page):
            guard case .success(let printed) = await context.proofs.printed(of: version, region: region), page <= printed.pages.count else {
                return IntakeResponse.notFound()
            }
            return IntakeResponse.bytes(type: "image/png", body: printed.pages[page - 1])
        }
    }

    /// The preview block of the version's page.
    func previewBlock() async -> String {
        guard let preview = await context.proofs.preview(of: version, region: region) else {
            // A clean file without a preview means the edition's own data (edition.yaml) is not complete yet:
            // the region cannot fix that, so it is told who will.
            let why = version.canBeSent
                ? "La vista previa aparecerá cuando la coordinación complete los datos de la edición (título, período, publicación); su archivo ya está revisado y puede enviarlo."
                : "La vista previa aparece cuando el archivo no tiene errores que impidan armar el capítulo."
            return "<h2>Vista previa del capítulo</h2>\n<p class=\"nota\">\(why)</p>\n"
        }
        return VersionView.preview(base: base, pagePath: preview.regionPagePath, prints: context.proofs.prints)
    }

    /// The media type of a file extension the service serves.
    static func type(ofExtension ext: String) -> String {
        switch ext {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "md": "text/markdown; charset=utf-8"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "odt": "application/vnd.oasis.opendocument.text"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}
