import FlyingFox
import Foundation
import Validation

/// What a region's session does: its home, uploads, its versions, sending one, the Word template. The region
/// is the session's; every lookup of a version goes through it.
struct RegionActions {
    let context: IntakeContext
    let session: IntakeSession
    let region: RegionSpec
    let csrf: String
    let address: String

    private var slug: String { region.region.slug }

    func answer(_ route: IntakeRoute, form: FormFields) async -> HTTPResponse {
        do {
            switch route {
            case .regionHome: return try home()
            case .upload: return try await upload(form)
            case .send(let number): return try send(number)
            case .template: return await template()
            case .version(let number, let part): return try await version(number, part)
            default: return IntakeResponse.notFound()
            }
        } catch {
            return IntakeHandler(context: context).storeFailure(error)
        }
    }

    /// The number of the version the editor accepted last.
    private func acceptedNumber(_ versions: [SubmittedVersion]) throws -> Int? {
        EditorPages.acceptedNumber(try context.store.acceptances(of: slug), versions: versions)
    }

    private func home() throws -> HTTPResponse {
        let versions = try context.store.versions(of: slug)
        return IntakeResponse.page(RegionPages.home(
            region: region.region.name, edition: context.edition.id, versions: versions, acceptedVersion: try acceptedNumber(versions),
            csrf: csrf, acceptsWord: context.edition.pandoc != nil, maxMegabytes: context.options.maxUploadBytes / 1_000_000))
    }

    /// `POST /region/versiones`: the file (or the pasted text) reviewed at once and kept as a new version.
    private func upload(_ form: FormFields) async throws -> HTTPResponse {
        let upload: Upload
        if let file = form.files["archivo"], !file.bytes.isEmpty {
            let name = Upload.displayName(file.fileName)
            guard let kind = Upload.kind(name: name, bytes: file.bytes) else {
                try context.store.audit("rechazo", role: .region, region: slug, address: address, detail: "tipo de archivo no admitido: \(name)")
                return IntakeResponse.problem(.unsupportedMediaType, "Tipo de archivo no admitido",
                                              "«\(name)» no es un documento de Word (.docx), de LibreOffice (.odt) ni un archivo de texto (.md).",
                                              advice: "En Word, use «Guardar como» y elija «Documento de Word (.docx)»; luego súbalo otra vez.")
            }
            if kind != .markdown, context.edition.pandoc == nil {
                return IntakeResponse.problem(.unsupportedMediaType, "Documentos de Word no disponibles",
                                              "Este servicio no puede leer documentos de Word: falta pandoc en el servidor.",
                                              advice: "Pegue el texto de la experiencia en el formulario, o avise a la coordinación.")
            }
            upload = Upload(kind: kind, name: name, bytes: file.bytes)
        } else if let text = form["texto"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            upload = Upload(kind: .pasted, name: "texto pegado", bytes: Array(text.utf8))
        } else {
            return IntakeResponse.problem(.badRequest, "Nada que revisar", "No eligió ningún archivo ni pegó texto.",
                                          advice: "Vuelva a la página de su región, elija el archivo con «Seleccionar archivo» y pulse «Revisar».")
        }
        let review = context.review, region = region, limit = context.options.checkTimeout
        let reviewed = await context.reviews.pass {
            await Deadline.run(within: limit) { await review.review(upload, region: region) }
        } ?? IntakeStore.NewVersion(
            region: slug, sourceKind: upload.kind, sourceName: upload.name, source: upload.bytes, markdown: nil,
            findings: [StoredFinding(
                severity: .error, code: "recepcion.timeout",
                message: "La revisión tardó más de \(limit.components.seconds) segundos y se detuvo. El archivo quedó guardado.",
                hint: "Vuelva a subirlo en unos minutos; si se repite, avise a la coordinación.", line: nil, column: nil, place: nil,
                report: "error[recepcion.timeout]: la revisión tardó demasiado")])
        let version = try context.store.addVersion(reviewed, session: session, address: address)
        return IntakeResponse.redirect("/region/versiones/\(version.number)")
    }

    /// `POST /region/versiones/N/enviar`: sends a version without errors to the editor.
    private func send(_ number: Int) throws -> HTTPResponse {
        guard try context.store.version(number, of: slug) != nil else { return IntakeResponse.notFound() }
        guard try context.store.send(number, session: session, address: address) else {
            return IntakeResponse.problem(.conflict, "No se puede enviar", "La versión \(number) tiene errores: queda como borrador.",
                                          advice: "Corrija los errores que muestra la revisión, suba el archivo otra vez y envíe la nueva versión.")
        }
        return IntakeResponse.redirect("/region/versiones/\(number)")
    }

    /// `GET /region/plantilla.docx`: the Word template with the region filled in.
    private func template() async -> HTTPResponse {
        guard let bytes = await context.templates.template(for: region) else {
            return IntakeResponse.problem(.serviceUnavailable, "Plantilla no disponible", "El servicio no pudo preparar la plantilla de Word.",
                                          advice: "Pida la plantilla a la coordinación, o pegue el texto en el formulario.")
        }
        return IntakeResponse.bytes(type: VersionResources.type(ofExtension: "docx"), body: bytes, download: "plantilla-\(slug).docx")
    }

    /// A version of the region: its page, or one of its resources.
    private func version(_ number: Int, _ part: IntakeRoute.VersionPart) async throws -> HTTPResponse {
        guard let version = try context.store.version(number, of: slug) else { return IntakeResponse.notFound() }
        let base = "/region/versiones/\(number)"
        let resources = VersionResources(context: context, version: version, region: region, base: base)
        let name = region.region.name, csrf = csrf
        guard part == .page else {
            return await resources.answer(part) { body in
                PageShell.page(title: "Versión \(number) impresa", heading: "Versión \(number) impresa · \(name)", who: "Región de \(name)", csrf: csrf,
                               body: "<p><a href=\"\(base)\">← Volver a la versión \(number)</a></p>\n" + body)
            }
        }
        let versions = try context.store.versions(of: slug)
        return IntakeResponse.page(RegionPages.version(
            version, region: name, csrf: csrf, acceptedVersion: try acceptedNumber(versions), preview: await resources.previewBlock()))
    }
}
