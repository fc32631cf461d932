/// The search page at the top of the output: the form with its edition and region filters, the notices for
/// when search cannot work, and the list the search script fills.
struct SearchPageView: PageView {
    static let template = "search"

    /// The editions to filter by, newest first.
    var entries: [ArchiveEntry]
    /// The regions to filter by, north to south.
    var regions: [String]

    /// What `search.mustache` reads.
    var context: [String: Any] {
        [
            "searchHref": SitePaths.search,
            "indexHref": SitePaths.searchIndexFolder + "/",
            "editions": entries.map { ["period": $0.period] },
            "regions": regions,
        ]
    }
}
