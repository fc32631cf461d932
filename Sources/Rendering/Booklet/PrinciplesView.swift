import Content

/// The three principles of the networks (`principios`), each name leading its text.
struct PrinciplesView: FrontSectionView {
    static let template = "principles"

    var title: String
    var principles: [(name: String, text: String)]
    var anchor: String { AnchorID.principles }
    var tocTitle: String { title }

    /// `nil` when the edition states no principles.
    init?(edition: EditionInfo) {
        guard let principles = edition.principios, !principles.lista.isEmpty else { return nil }
        title = principles.titulo
        self.principles = principles.lista.map { (name: $0.nombre, text: $0.texto) }
    }

    /// What `principles.mustache` reads.
    var context: [String: Any] {
        [
            "id": anchor,
            "title": title,
            "principles": principles.enumerated().map { index, principle in
                ["number": String(index + 1), "name": principle.name, "text": principle.text]
            },
        ]
    }
}
