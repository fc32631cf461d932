import Content

/// The scheme of actors of a network (`actores`), set in their territorial context.
struct ActorsView: FrontSectionView {
    static let template = "actors"

    var title: String
    var actors: [String]
    var territorialContext: String?
    var anchor: String { AnchorID.actors }
    var tocTitle: String { title }

    /// `nil` when the edition names no actors.
    init?(edition: EditionInfo) {
        guard let actors = edition.actores, !actors.lista.isEmpty else { return nil }
        title = actors.titulo
        self.actors = actors.lista
        territorialContext = actors.contexto
    }

    /// What `actors.mustache` reads.
    var context: [String: Any] {
        var context: [String: Any] = ["id": anchor, "title": title, "actors": actors]
        if let territorialContext { context["territorialContext"] = territorialContext }
        return context
    }
}
