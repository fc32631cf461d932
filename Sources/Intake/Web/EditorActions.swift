import FlyingFox
import Foundation
import Validation

/// What the editor's session does: the dashboard, a region's versions, a version with its diff, accepting it,
/// and the audit log.
struct EditorActions {
    let context: IntakeContext
    let session: IntakeSession
    let csrf: String
    let address: String

    func answer(_ route: IntakeRoute, query: [String: String]) async -> HTTPResponse {
        do {
            switch route {
            case .dashboard: return try await dashboard()
            case .auditLog: return IntakeResponse.page(EditorPages.auditLog(try context.store.auditLog(limit: 500), csrf: csrf))
            case .regionReview(let slug): return try region(slug)
            case .reviewVersion(let slug, let number, let part): return try await version(slug, number, part, accepted: query["aceptada"] != nil)
            case .accept(let slug, let number): return try await accept(slug, number)
            default: return IntakeResponse.notFound()
            }
        } catch {
            return IntakeHandler(context: context).storeFailure(error)
        }
    }

    /// Every region's progress, and whether the edition builds now.
    private func dashboard() async throws -> HTTPResponse {
        let invited = Set(try context.store.invitations().filter { $0.role == .region }.compactMap(\.region))
        let rows = try context.edition.regions.map { spec in
            let slug = spec.region.slug
            return EditorPages.Row(region: spec, progress: RegionProgress.of(
                versions: try context.store.versions(of: slug), acceptances: try context.store.acceptances(of: slug), invited: invited.contains(slug)))
        }
        let status = await EditionStatus.of(context.edition, language: .es)
        return IntakeResponse.page(EditorPages.dashboard(edition: context.edition.id, rows: rows, status: status, csrf: csrf))
    }

    private func region(_ slug: String) throws -> HTTPResponse {
        guard let spec = context.edition.region(slug: slug) else { return IntakeResponse.notFound() }
        let versions = try context.store.versions(of: slug), acceptances = try context.store.acceptances(of: slug)
        let invitations = try context.store.invitations()
        let progress = RegionProgress.of(versions: versions, acceptances: acceptances, invited: invitations.contains { $0.region == slug })
        return IntakeResponse.page(EditorPages.region(spec, progress: progress, versions: versions, acceptances: acceptances, invitations: invitations, csrf: csrf))
    }

    private func version(_ slug: String, _ number: Int, _ part: IntakeRoute.VersionPart, accepted justAccepted: Bool) async throws -> HTTPResponse {
        guard let spec = context.edition.region(slug: slug), let version = try context.store.version(number, of: slug) else {
            return IntakeResponse.notFound()
        }
        let base = "/editor/regiones/\(slug)/versiones/\(number)"
        let resources = VersionResources(context: context, version: version, region: spec, base: base)
        let name = spec.region.name, csrf = csrf
        guard part == .page else {
            return await resources.answer(part) { body in
                PageShell.page(title: "Versión \(number) impresa", heading: "Versión \(number) impresa · \(name)", who: "Coordinación", csrf: csrf,
                               body: "<p><a href=\"\(base)\">← Volver a la versión \(number)</a></p>\n" + body)
            }
        }
        let versions = try context.store.versions(of: slug)
        let accepted = EditorPages.acceptedNumber(try context.store.acceptances(of: slug), versions: versions)
        let notice = justAccepted && accepted == number
            ? "<div class=\"aviso bien\"><p>Versión aceptada y escrita en el contenido. Un <code>rme build</code> la publica.</p></div>\n" : nil
        return IntakeResponse.page(EditorPages.version(
            version, previous: versions.first { $0.number < number }, region: spec, accepted: accepted,
            target: context.edition.experiencePath(of: slug), csrf: csrf, preview: await resources.previewBlock(), notice: notice))
    }

    /// `POST …/aceptar`: the version written into `Content/`, then back to its page.
    private func accept(_ slug: String, _ number: Int) async throws -> HTTPResponse {
        guard context.edition.region(slug: slug) != nil, let version = try context.store.version(number, of: slug) else {
            return IntakeResponse.notFound()
        }
        do {
            _ = try await context.acceptances.accept(version, session: session, address: address)
        } catch {
            return IntakeResponse.problem(.conflict, "No se aceptó la versión", error.message,
                                          advice: "Revise la carpeta de contenido y vuelva a intentarlo desde la página de la versión.")
        }
        return IntakeResponse.redirect("/editor/regiones/\(slug)/versiones/\(number)?aceptada=1")
    }
}
