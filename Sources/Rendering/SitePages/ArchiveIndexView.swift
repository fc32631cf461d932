/// The list of editions at the top of the output, newest first, so the yearly booklets build up an archive:
/// each told apart by its period, with a small cover, its networks and schools, and its PDF.
struct ArchiveIndexView: PageView {
    static let template = "archive"

    var entries: [ArchiveEntry]
    var strings: StringsTable

    /// What `archive.mustache` reads.
    var context: [String: Any] {
        ["editions": entries.map { entry -> [String: Any] in
            // An edition from an older build may have no period: its title (its folder's name) heads it alone.
            var item: [String: Any] = [
                "title": entry.title,
                "period": entry.period,
                "headline": entry.period.isEmpty ? entry.title : strings.text(.siteEdition, ["periodo": entry.period]),
                "href": entry.page,
            ]
            if !entry.period.isEmpty { item["subtitle"] = entry.title }
            if let networks = entry.networks, let schools = entry.schools {
                item["counts"] = strings.text(.archiveCounts, [
                    "redes": SpanishFormat.integer(networks), "establecimientos": SpanishFormat.integer(schools),
                ])
            }
            if let pdf = entry.pdf {
                item["pdfHref"] = entry.id + "/" + SitePaths.pdf
                item["pdfFacts"] = pdf.summary(strings)
            }
            return item
        }]
    }
}
