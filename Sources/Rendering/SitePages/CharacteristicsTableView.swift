import Content

/// The characteristics table of the national summary, in the 2016 study's columns, with its totals.
struct CharacteristicsTableView: PageView {
    static let template = "summary-characteristics"

    /// The rows and totals, computed from the validated front matter.
    let table: CharacteristicsTable

    /// The table of an edition; each region cell links to the region's page.
    init(edition: Edition) {
        table = CharacteristicsTable(edition: edition)
    }

    /// What `summary-characteristics.mustache` reads; numbers already written the Spanish way.
    var context: [String: Any] {
        let totals = table.totals
        return [
            "rows": table.rows.map { row -> [String: Any] in
                [
                    "region": row.region, "href": SitePlace.editionTop.up + SitePaths.region(slug: row.regionSlug), "provincia": row.provincia, "red": row.red,
                    "extent": row.extent, "dependencia": row.dependencia, "localizacion": row.localizacion,
                    "niveles": row.niveles, "schools": SpanishFormat.integer(row.schools),
                ]
            },
            "hasRows": !table.rows.isEmpty,
            "totalNetworks": SpanishFormat.integer(totals.networks),
            "totalSchools": SpanishFormat.integer(totals.schools),
            "mean": totals.meanText,
            "minimum": totals.minimum.map(SpanishFormat.integer) ?? CharacteristicsTable.missing,
            "maximum": totals.maximum.map(SpanishFormat.integer) ?? CharacteristicsTable.missing,
        ]
    }
}
