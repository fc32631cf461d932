import FlyingFox
import Foundation

/// Answers every request of `rme recepcion`: finds the route, the session its cookie names, checks the
/// session's role, rate and (on every form) its CSRF token, and hands the request to the region's or the
/// editor's actions. A region's routes take the region from the session alone, never from the address.
struct IntakeHandler: HTTPHandler {
    let context: IntakeContext

    static let sessionCookie = "rme_sesion"
    static let doorCookie = "rme_entrada"
    /// Forms other than uploads are small.
    static let formLimit = 64 * 1024

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let facts = RequestFacts(request)
        guard let route = IntakeRoute.of(method: request.method.rawValue, path: request.path) else {
            guard [HTTPMethod.GET, .HEAD, .POST].contains(request.method) else {
                var refused = IntakeResponse.problem(.methodNotAllowed, "Método no permitido", "La recepción solo acepta GET y POST.", advice: "Use los enlaces y formularios de las páginas.")
                refused.headers[HTTPHeader("Allow")] = "GET, HEAD, POST"
                return refused
            }
            return IntakeResponse.notFound()
        }
        var response = await answer(route, request: request, facts: facts)
        if request.method == .HEAD {
            response.headers[.contentLength] = String((try? await response.bodyData)?.count ?? 0)
            response = HTTPResponse(statusCode: response.statusCode, headers: response.headers, body: Data())
        }
        return response
    }

    /// The answer to a request that has a route.
    private func answer(_ route: IntakeRoute, request: HTTPRequest, facts: RequestFacts) async -> HTTPResponse {
        switch route {
        case .stylesheet:
            return IntakeResponse.bytes(type: "text/css; charset=utf-8", body: Array(PageShell.stylesheet.utf8))
        case .door:
            return door(facts)
        case .signIn:
            return await signIn(request, facts: facts)
        default:
            break
        }
        let session: IntakeSession?
        do {
            session = try facts.cookies[Self.sessionCookie].flatMap { try context.store.session(token: $0) }
        } catch {
            return storeFailure(error)
        }
        guard let session else {
            if route == .home { return IntakeResponse.page(SignInPages.welcome()) }
            return IntakeResponse.problem(.unauthorized, "Sesión no iniciada", "Para ver esta página necesita entrar con su enlace de invitación.",
                                          advice: "Abra el enlace que le envió la coordinación. Si ya lo usó en otro navegador o venció, pida uno nuevo.")
        }
        guard await context.rate.allows(session.id) else {
            try? context.store.audit("limite", role: session.role, region: session.region, address: facts.address, detail: "demasiadas solicitudes")
            var slow = IntakeResponse.problem(.tooManyRequests, "Demasiadas solicitudes", "Esta sesión hizo demasiadas solicitudes en poco tiempo.",
                                              advice: "Espere un minuto y vuelva a intentarlo.")
            slow.headers[HTTPHeader("Retry-After")] = "60"
            return slow
        }
        var form = FormFields()
        if request.method == .POST {
            let limit = route == .upload ? context.options.maxUploadBytes + Self.formLimit : Self.formLimit
            do {
                let body = try await RequestBody.read(request, limit: limit)
                form = try FormFields.parse(body, contentType: request.headers[.contentType])
            } catch is RequestBody.TooLarge {
                try? context.store.audit("rechazo", role: session.role, region: session.region, address: facts.address, detail: "envío de más de \(limit) bytes")
                return IntakeResponse.problem(.payloadTooLarge, "Archivo demasiado grande",
                                              "El archivo supera el máximo de \(context.options.maxUploadBytes / 1_000_000) MB.",
                                              advice: "Quite las imágenes del documento (la experiencia es solo texto) y vuelva a subirlo.")
            } catch {
                return IntakeResponse.problem(.badRequest, "Formulario ilegible", "El navegador envió un formulario que el servicio no entiende.",
                                              advice: "Vuelva a la página anterior, recárguela y envíe el formulario otra vez.")
            }
            guard let token = form["csrf"], Secret.matches(token, Secret.csrfToken(forSession: session.token)) else {
                try? context.store.audit("csrf-rechazado", role: session.role, region: session.region, address: facts.address, detail: request.path)
                return IntakeResponse.problem(.forbidden, "Formulario vencido", "El formulario no traía la marca de seguridad de su sesión.",
                                              advice: "Vuelva a la página, recárguela y envíe el formulario desde allí.")
            }
        }
        let csrf = Secret.csrfToken(forSession: session.token)
        switch route {
        case .home:
            return IntakeResponse.redirect(session.role == .editor ? "/editor" : "/region")
        case .signOut:
            try? context.store.endSession(session, address: facts.address)
            return IntakeResponse.redirect("/", cookies: [context.cookie(Self.sessionCookie, nil, maxAge: 0)])
        case .regionHome, .upload, .template, .version, .send:
            guard session.role == .region, let slug = session.region, let region = context.edition.region(slug: slug) else {
                return denied(session, facts: facts, path: request.path)
            }
            let actions = RegionActions(context: context, session: session, region: region, csrf: csrf, address: facts.address)
            return await actions.answer(route, form: form)
        case .dashboard, .auditLog, .regionReview, .reviewVersion, .accept:
            guard session.role == .editor else { return denied(session, facts: facts, path: request.path) }
            let actions = EditorActions(context: context, session: session, csrf: csrf, address: facts.address)
            return await actions.answer(route, query: facts.query)
        case .stylesheet, .door, .signIn:
            return IntakeResponse.notFound()
        }
    }

    /// A session asking for what is not its own: refused and logged.
    private func denied(_ session: IntakeSession, facts: RequestFacts, path: String) -> HTTPResponse {
        try? context.store.audit("acceso-denegado", role: session.role, region: session.region, address: facts.address, detail: path)
        return IntakeResponse.forbidden()
    }

    /// When the database fails (a full disk): say so, lose nothing.
    func storeFailure(_ error: any Error) -> HTTPResponse {
        IntakeResponse.problem(.internalServerError, "Error del servicio", "El servicio no pudo leer o guardar sus datos.",
                               advice: "Inténtelo de nuevo en un momento; si se repite, avise a la coordinación. Lo que ya estaba guardado no se perdió.")
    }
}
