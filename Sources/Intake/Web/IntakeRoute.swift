/// The addresses the service answers, read from a request's method and path. Nothing of a path ever becomes
/// a file path: a version is a number, a region a slug the edition knows, a preview file a key of its files.
enum IntakeRoute: Equatable {
    case stylesheet
    case home
    case door
    case signIn
    case signOut
    case regionHome
    case upload
    case template
    case version(Int, VersionPart)
    case send(Int)
    case dashboard
    case auditLog
    case regionReview(String)
    case reviewVersion(String, Int, VersionPart)
    case accept(String, Int)

    /// What of a version a path asks for.
    enum VersionPart: Equatable {
        case page
        case original
        /// A file of the chapter's preview ("regiones/tarapaca.html", "css/site.css").
        case preview(String)
        case printedPage
        case printedPDF
        /// A printed page as an image, 1-based.
        case printedImage(Int)
    }

    /// The route of `method` and `path` (without the query), `nil` when there is none; HEAD reads as GET.
    static func of(method: String, path: String) -> IntakeRoute? {
        let isGet = method == "GET" || method == "HEAD", isPost = method == "POST"
        guard isGet || isPost, path.hasPrefix("/"), !path.contains("%"), !path.contains("\\") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        guard !parts.contains(".."), !parts.contains(".") else { return nil }
        if !isPost {
            switch parts {
            case ["recepcion.css"]: return .stylesheet
            case [""]: return .home
            case ["entrar"]: return .door
            case ["region"]: return .regionHome
            case ["region", "plantilla.docx"]: return .template
            case ["editor"]: return .dashboard
            case ["editor", "registro"]: return .auditLog
            default: break
            }
            if parts.count == 3, parts[0] == "editor", parts[1] == "regiones", isSlug(parts[2]) { return .regionReview(parts[2]) }
        } else {
            switch parts {
            case ["entrar"]: return .signIn
            case ["salir"]: return .signOut
            case ["region", "versiones"]: return .upload
            default: break
            }
            if parts.count == 4, parts[0] == "region", parts[1] == "versiones", parts[3] == "enviar" {
                return number(parts[2]).map(IntakeRoute.send)
            }
            if parts.count == 6, parts[0] == "editor", parts[1] == "regiones", isSlug(parts[2]), parts[3] == "versiones", parts[5] == "aceptar" {
                return number(parts[4]).map { .accept(parts[2], $0) }
            }
        }
        guard !isPost else { return nil }
        if parts.count >= 3, parts[0] == "region", parts[1] == "versiones", let number = number(parts[2]),
           let part = versionPart(parts.dropFirst(3)) {
            return .version(number, part)
        }
        if parts.count >= 5, parts[0] == "editor", parts[1] == "regiones", isSlug(parts[2]), parts[3] == "versiones",
           let number = number(parts[4]), let part = versionPart(parts.dropFirst(5)) {
            return .reviewVersion(parts[2], number, part)
        }
        return nil
    }

    /// The rest of a version's path: nothing, `original`, `vista/…`, `impreso.html`, `impreso.pdf`, `impreso-N.png`.
    private static func versionPart(_ rest: ArraySlice<String>) -> VersionPart? {
        let rest = Array(rest)
        if rest.isEmpty { return .page }
        if rest == ["original"] { return .original }
        if rest == ["impreso.html"] { return .printedPage }
        if rest == ["impreso.pdf"] { return .printedPDF }
        if rest.count == 1, rest[0].hasPrefix("impreso-"), rest[0].hasSuffix(".png") {
            return number(String(rest[0].dropFirst(8).dropLast(4))).map(VersionPart.printedImage)
        }
        guard rest.count >= 2, rest[0] == "vista", rest.dropFirst().allSatisfy({ !$0.isEmpty }) else { return nil }
        return .preview(rest.dropFirst().joined(separator: "/"))
    }

    /// A positive decimal number of at most nine digits, written without leading zeros (one address per version).
    private static func number(_ text: String) -> Int? {
        guard (1...9).contains(text.utf8.count), text.utf8.first != 0x30, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let value = Int(text), value > 0 else { return nil }
        return value
    }

    /// A region's slug: lowercase letters, digits and hyphens.
    private static func isSlug(_ text: String) -> Bool {
        (1...60).contains(text.utf8.count) && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
