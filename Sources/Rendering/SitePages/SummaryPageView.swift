import Content

/// The national summary: the characteristics table with its totals, the emphasis matrix (or why there is none),
/// and the four charts, each with its data as a table in a `<details>`.
struct SummaryPageView: PageView {
    static let template = "summary"

    /// The characteristics table's HTML, drawn by its own template.
    var characteristicsHTML: String
    /// The matrix's HTML (or its sentence), drawn by its own template.
    var emphasisHTML: String
    var charts: [SummaryChart]

    /// What `summary.mustache` reads; the charts' SVG and tables are built (and escaped) by the Charts code.
    var context: [String: Any] {
        [
            "characteristicsHTML": characteristicsHTML,
            "emphasisHTML": emphasisHTML,
            "charts": charts.map { ["slug": $0.slug, "title": $0.title, "svg": $0.svg, "table": $0.table] },
        ]
    }
}
