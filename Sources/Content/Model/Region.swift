/// One of Chile's regions as the booklet names and orders it.
public struct Region: Codable, Hashable, Sendable {
    /// The canonical name stored after validation ("Tarapacá").
    public let name: String
    /// The file and page name ("tarapaca").
    public let slug: String
    /// Position in the official north-to-south order, from 1.
    public let order: Int
    /// How the name follows "de" in a title: "de Tarapacá", "del Maule", "de la Región Metropolitana".
    public let titleForm: String

    public init(name: String, slug: String, order: Int, titleForm: String) {
        self.name = name
        self.slug = slug
        self.order = order
        self.titleForm = titleForm
    }
}
