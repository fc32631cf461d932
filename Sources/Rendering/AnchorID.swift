import Content
import Foundation

/// The stable `id`s of the booklet's parts, shared by the contents, the PDF bookmarks and later pages.
public enum AnchorID {
    static let cover = "portada"
    static let credits = "creditos"
    static let titlePage = "portadilla"
    static let backCover = "contraportada"
    static let contents = "indice"
    static let experiencesPart = "experiencias"
    static let acknowledgements = "agradecimientos"
    static let networks = "redes-por-anio"
    static let actors = "actores"
    static let principles = "principios"

    /// "experiencia-tarapaca": one per experience, from its file name so it stays put between editions.
    public static func chapter(_ experience: Experience) -> String {
        "experiencia-" + sanitized(experience.slug)
    }

    /// "pagina-que-es-una-rme".
    public static func frontPage(_ slug: String) -> String {
        "pagina-" + sanitized(slug)
    }

    /// Lower-case ASCII letters, digits and single hyphens, so the id is a clean URL fragment whatever the file name.
    static func sanitized(_ text: String) -> String {
        PageSlug.folded(text)
    }
}
