import Content

/// The back cover, the booklet's last page: the publisher and its web site on the cover's colour.
struct BackCoverView: PageView {
    static let template = "back-cover"

    var ministry: String
    var publisherLines: [String]
    var site: String?
    var isbn: String?

    /// The back cover of an edition.
    init(edition: EditionInfo, strings: StringsTable) {
        ministry = strings[.ministry]
        let publisher = edition.editor
        publisherLines = [publisher.nombre, publisher.institucion, publisher.direccion]
            .compactMap { $0 }.filter { !$0.isEmpty }
        site = publisher.sitio.flatMap { $0.isEmpty ? nil : $0 }
        isbn = edition.isbn
    }

    /// What `back-cover.mustache` reads; absent values are left out.
    var context: [String: Any] {
        var context: [String: Any] = ["id": AnchorID.backCover, "ministry": ministry, "publisherLines": publisherLines]
        if let site { context["site"] = site }
        if let isbn { context["isbn"] = isbn }
        return context
    }
}
