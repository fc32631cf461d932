import Content

/// A text front page (`paginas/*.md`): a title and Markdown rendered by the Markup module in safe mode.
struct FrontPageView: FrontSectionView {
    static let template = "front-page"

    var slug: String
    var title: String
    /// cmark's safe-mode HTML of the page body; the only raw HTML this page carries.
    var bodyHTML: String
    var anchor: String { AnchorID.frontPage(slug) }
    var tocTitle: String { title }

    /// The view of one front page.
    init(page: FrontPage) {
        slug = page.slug
        title = page.title
        bodyHTML = TextCase.trimmingTrailingNewlines(page.bodyHTML)
    }

    /// What `front-page.mustache` reads.
    var context: [String: Any] {
        ["id": anchor, "slug": AnchorID.sanitized(slug), "title": title, "bodyHTML": bodyHTML]
    }
}
