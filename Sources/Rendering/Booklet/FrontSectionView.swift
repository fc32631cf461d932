/// A section of the front matter: a page kind that also has an anchor and a line in the contents.
protocol FrontSectionView: PageView {
    /// The stable `id` of the section, target of the contents and of the PDF bookmark.
    var anchor: String { get }
    /// How the contents and the bookmark name it.
    var tocTitle: String { get }
}
