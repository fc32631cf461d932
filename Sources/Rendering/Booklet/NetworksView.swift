import Content

/// The figure of networks working per year (`redes_por_anio`): a table whose bars scale with the counts.
struct NetworksView: FrontSectionView {
    static let template = "networks"

    /// One year of the figure.
    struct Year {
        var year: Int
        var count: Int
        /// The bar's length as a share of the largest count, 0...100.
        var percent: Int
    }

    /// The section's heading, from the strings table.
    var title: String
    /// The booklet's own sentence introducing the figure, shown as the table's caption.
    var caption: String
    var years: [Year]
    var unit: String
    var anchor: String { AnchorID.networks }
    var tocTitle: String { title }

    /// `nil` when the edition gives no figures.
    init?(edition: EditionInfo, strings: StringsTable) {
        guard let networks = edition.redesPorAnio, !networks.valores.isEmpty else { return nil }
        let largest = max(networks.valores.map(\.redes).max() ?? 1, 1)
        title = strings[.networksTitle]
        caption = TextCase.withoutTrailingColon(networks.titulo)
        unit = strings[.networksUnit]
        years = networks.valores.map { value in
            Year(year: value.anio, count: value.redes, percent: max(0, min(100, value.redes * 100 / largest)))
        }
    }

    /// What `networks.mustache` reads; numbers as text, so the template prints them as they are.
    var context: [String: Any] {
        [
            "id": anchor,
            "title": title,
            "caption": caption,
            "unit": unit,
            "years": years.map { ["year": String($0.year), "count": String($0.count), "percent": String($0.percent)] },
        ]
    }
}
