import FlyingFox
import Foundation

/// The service's answers, each with the headers every response carries: a strict Content-Security-Policy (no
/// script at all), never sniffed, never cached, never framed by another site, no referrer.
enum IntakeResponse {
    /// The policy of the service's own pages: its stylesheet, frames of its own previews, forms to itself.
    static let pagePolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    /// The policy of a chapter's preview: the edition's stylesheets and nothing else, sandboxed (no script, no
    /// form, no navigation of the page around it), framed only by the service's pages.
    ///
    /// The sandbox keeps the service's origin (`allow-same-origin`) because an opaque origin makes the frame's
    /// stylesheet requests cross-site: the `SameSite=Strict` session cookie is not sent, and the chapter shows
    /// unstyled. Same origin is safe here only because nothing can run in the frame: no `script-src`, and no
    /// `allow-scripts` in either sandbox.
    static let previewPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-same-origin"

    /// A page of the service.
    static func page(_ html: String, cookies: [String] = []) -> HTTPResponse {
        page(.ok, html, cookies: cookies)
    }

    /// A page of the service with its status.
    static func page(_ status: HTTPStatusCode, _ html: String, cookies: [String] = []) -> HTTPResponse {
        bytes(status, type: "text/html; charset=utf-8", body: Array(html.utf8), cookies: cookies)
    }

    /// Any body, with the service's headers; `download` names the file a browser saves it as.
    static func bytes(
        _ status: HTTPStatusCode = .ok, type: String, body: [UInt8], cookies: [String] = [], download: String? = nil,
        policy: String = pagePolicy
    ) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("Content-Security-Policy")] = policy
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
        headers[HTTPHeader("Cross-Origin-Resource-Policy")] = "same-origin"
        if policy == pagePolicy { headers[HTTPHeader("X-Frame-Options")] = "DENY" }
        if let download { headers[HTTPHeader("Content-Disposition")] = "attachment; filename=\"\(download)\"" }
        var response = HTTPResponse(statusCode: status, headers: headers, body: Data(body))
        if !cookies.isEmpty { response.headers.setValues(cookies, for: .setCookie) }
        return response
    }

    /// After a form: 303 to the page that shows its result (so reloading does not send it again).
    static func redirect(_ location: String, cookies: [String] = []) -> HTTPResponse {
        var response = page(.seeOther, "", cookies: cookies)
        response.headers[.location] = location
        return response
    }

    /// A page saying what went wrong and what to do.
    static func problem(_ status: HTTPStatusCode, _ title: String, _ message: String, advice: String) -> HTTPResponse {
        page(status, SignInPages.problem(title: title, message: message, advice: advice))
    }

    static func notFound() -> HTTPResponse {
        problem(.notFound, "Página no encontrada", "Esta dirección no existe en la recepción.", advice: "Vuelva a la página de inicio y siga los enlaces.")
    }

    static func forbidden() -> HTTPResponse {
        problem(.forbidden, "Sin acceso", "Su sesión no tiene acceso a esta página.",
                advice: "Cada región ve solo su propia experiencia, y el tablero es de la coordinación. Si cree que es un error, pida un enlace nuevo a la coordinación.")
    }
}
