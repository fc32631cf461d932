/// The list of editions at the top of the output, newest first, so the yearly booklets build up an archive.
struct ArchiveIndexView: PageView {
    static let template = "archive"

    var entries: [ArchiveEntry]

    /// What `archive.mustache` reads.
    var context: [String: Any] {
        ["editions": entries.map { ["title": $0.title, "period": $0.period, "href": $0.page] }]
    }
}
