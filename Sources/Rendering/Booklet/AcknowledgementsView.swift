import Content

/// The acknowledgements page, from `agradecimientos` in `edition.yaml`.
struct AcknowledgementsView: FrontSectionView {
    static let template = "acknowledgements"

    var title: String
    var text: String
    var anchor: String { AnchorID.acknowledgements }
    var tocTitle: String { title }

    /// `nil` when the edition has no acknowledgements.
    init?(edition: EditionInfo, strings: StringsTable) {
        guard let text = edition.agradecimientos, !text.isEmpty else { return nil }
        self.title = strings[.acknowledgementsTitle]
        self.text = text
    }

    /// What `acknowledgements.mustache` reads.
    var context: [String: Any] {
        ["id": anchor, "title": title, "text": text]
    }
}
