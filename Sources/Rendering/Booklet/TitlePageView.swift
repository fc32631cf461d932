import Content

/// The inner title page, the first right-hand page after the cover: title, period and ministry, in ink.
struct TitlePageView: PageView {
    static let template = "title-page"

    var title: String
    var period: String
    var ministry: String

    /// The title page of an edition.
    init(edition: EditionInfo, strings: StringsTable) {
        title = edition.titulo
        period = edition.periodo
        ministry = strings[.ministry]
    }

    /// What `title-page.mustache` reads.
    var context: [String: Any] {
        ["id": AnchorID.titlePage, "title": title, "period": period, "ministry": ministry]
    }
}
