/// One edition in the archive index at the top of the output.
public struct ArchiveEntry: Sendable, Hashable {
    /// The edition's folder ("2015-2017"); the archive lists editions by it, newest first.
    public let id: String
    public let title: String
    public let period: String
    /// The page the entry links to, relative to the output folder ("2015-2017/index.html").
    public let page: String

    /// An entry linking to `page`, by default the edition's home.
    public init(id: String, title: String, period: String, page: String? = nil) {
        self.id = id
        self.title = title
        self.period = period
        self.page = page ?? id + "/" + SitePaths.home
    }
}
