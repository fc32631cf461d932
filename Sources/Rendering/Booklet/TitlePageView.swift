import Content

/// The inner title page, the first right-hand page after the cover: the cover's title, period and ministry,
/// set in ink on white.
struct TitlePageView: PageView {
    static let template = "title-page"

    /// The same values as the cover's.
    var cover: CoverView

    /// The title page of an edition.
    init(edition: EditionInfo, strings: StringsTable) {
        cover = CoverView(edition: edition, strings: strings)
    }

    /// What `title-page.mustache` reads: the cover's values under the title page's own anchor.
    var context: [String: Any] {
        cover.context.merging(["id": AnchorID.titlePage]) { _, titlePage in titlePage }
    }
}
