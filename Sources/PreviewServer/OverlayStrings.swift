import Diagnostics

/// The words the page's script shows, in the language the server speaks (the script has none of its own).
struct OverlayStrings: Encodable, Sendable {
    let errorsTitle: String
    let errorsNote: String
    let warningsTitle: String
    let hide: String
    let show: String
    let noSite: String
    let notFound: String
    let archiveLink: String
    let languageCode: String

    init(language: Language) {
        let es = language == .es
        errorsTitle = es ? "El contenido tiene errores" : "The content has errors"
        errorsNote = es
            ? "Debajo se ve la última versión correcta de la página. Este aviso se va solo cuando guarde los archivos corregidos."
            : "Below is the last good version of the page. This notice goes away by itself once the fixed files are saved."
        warningsTitle = es ? "Advertencias" : "Warnings"
        hide = es ? "Ocultar" : "Hide"
        show = es ? "Ver problemas" : "Show problems"
        noSite = es ? "Aún no hay una versión correcta del sitio." : "There is no good version of the site yet."
        notFound = es ? "El sitio no tiene esta página." : "The site has no such page."
        archiveLink = es ? "Ir al archivo de ediciones" : "Go to the archive of editions"
        languageCode = language.rawValue
    }
}

/// Where an edition's print view stands.
struct PrintStatus: Encodable, Equatable, Sendable {
    enum State: String, Encodable, Sendable {
        /// The PDF is that of the latest content.
        case upToDate = "al-dia"
        /// The content changed; the PDF is printed once it has been quiet for a moment.
        case waiting = "pendiente"
        case printing = "imprimiendo"
        case failed = "error"
        /// No engine is installed: there is no print view.
        case unavailable = "no-disponible"
    }

    let state: State
    /// What to tell the editor, in the server's language.
    let message: String
    /// Goes up with each PDF printed, so the viewer fetches the new one.
    let printed: Int
}
