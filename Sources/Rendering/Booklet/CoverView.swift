import Content

/// The cover: title, period, ministry; no running head or page number.
struct CoverView: PageView {
    static let template = "cover"

    var title: String
    var period: String
    var ministry: String

    /// The cover of an edition.
    init(edition: EditionInfo, strings: StringsTable) {
        title = edition.titulo
        period = edition.periodo
        ministry = strings[.ministry]
    }

    /// What `cover.mustache` reads.
    var context: [String: Any] {
        ["id": AnchorID.cover, "title": title, "period": period, "ministry": ministry]
    }
}
