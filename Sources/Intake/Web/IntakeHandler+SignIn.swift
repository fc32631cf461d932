import FlyingFox
import Foundation

extension IntakeHandler {
    /// How long the door's form stays valid.
    static let doorLifetime = 30 * 60

    /// `GET /entrar?codigo=…`: the invitation's door, a form with one button. Following the link uses nothing
    /// up (mail scanners follow links); the form's token is bound to a cookie set here, so another site cannot
    /// post a code of its own into this browser.
    func door(_ facts: RequestFacts) -> HTTPResponse {
        guard let code = facts.query["codigo"], Secret.isWellFormed(code) else {
            return IntakeResponse.page(.badRequest, SignInPages.refused())
        }
        let doorToken = Secret.make()
        return IntakeResponse.page(
            SignInPages.door(code: code, formToken: Secret.csrfToken(forSession: doorToken)),
            cookies: [context.cookie(Self.doorCookie, doorToken, maxAge: Self.doorLifetime)])
    }

    /// `POST /entrar`: trades a valid code for a session; a wrong one waits longer each time and is logged.
    func signIn(_ request: HTTPRequest, facts: RequestFacts) async -> HTTPResponse {
        let form: FormFields
        do {
            form = try FormFields.parse(try await RequestBody.read(request, limit: Self.formLimit), contentType: request.headers[.contentType])
        } catch {
            return IntakeResponse.page(.badRequest, SignInPages.refused())
        }
        guard let doorToken = facts.cookies[Self.doorCookie], Secret.isWellFormed(doorToken), let token = form["csrf"],
              Secret.matches(token, Secret.csrfToken(forSession: doorToken))
        else {
            try? context.store.audit("csrf-rechazado", role: nil, region: nil, address: facts.address, detail: "/entrar")
            return IntakeResponse.problem(.forbidden, "Vuelva a abrir su enlace", "La página de entrada venció o no se abrió desde este navegador.",
                                          advice: "Abra otra vez el enlace de su invitación y pulse «Entrar».")
        }
        let session: IntakeSession?
        do {
            session = try context.store.redeem(code: form["codigo"] ?? "", address: facts.address)
        } catch {
            return storeFailure(error)
        }
        guard let session else {
            let wait = await context.signIns.failed(from: facts.address)
            let failures = await context.signIns.recentFailures(from: facts.address)
            try? context.store.audit("acceso-rechazado", role: nil, region: nil, address: facts.address,
                                     detail: "código no válido (\(failures) en 15 minutos desde esta dirección)")
            try? await Task.sleep(for: wait)
            return IntakeResponse.page(.forbidden, SignInPages.refused(), cookies: [context.cookie(Self.doorCookie, nil, maxAge: 0)])
        }
        return IntakeResponse.redirect("/", cookies: [
            context.cookie(Self.sessionCookie, session.token, maxAge: Int(IntakeStore.sessionLifetime)),
            context.cookie(Self.doorCookie, nil, maxAge: 0),
        ])
    }
}
