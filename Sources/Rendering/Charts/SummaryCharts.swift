import Content

/// One chart of the national summary, ready for a page: the inline SVG and its fallback table.
public struct SummaryChart: Sendable {
    /// Names the chart on its page ("grafico-redes-por-anio"); the SVG's ids start with it.
    public let slug: String
    public let title: String
    /// The `<svg>` element; insert it unescaped (`{{{svg}}}`).
    public let svg: String
    /// The `<table>` with the same figures; insert it unescaped, inside a `<details>`.
    public let table: String
    public let series: ChartSeries
}

/// The four charts of the national summary, in the order the page shows them.
public enum SummaryCharts {
    /// Networks per year (when `edition.yaml` gives them), schools per network by region,
    /// the dependencia mix and networks by starting year.
    public static func all(for edition: Edition) -> [SummaryChart] {
        var charts: [SummaryChart] = []
        if let yearly = SummarySeries.networksPerYear(edition.info) {
            charts.append(make("grafico-redes-por-anio", yearly) { VerticalBarChart(series: $0, slug: $1).svg() })
        }
        let regions = RegionSummary.all(in: edition)
        charts.append(make("grafico-establecimientos-por-region", SummarySeries.schoolsPerNetworkByRegion(regions)) {
            HorizontalBarChart(series: $0, slug: $1).svg()
        })
        let mix = ShareBarChart(series: SummarySeries.dependenciaMix(edition.experiences), slug: "grafico-dependencia")
        charts.append(SummaryChart(slug: mix.slug, title: mix.series.title, svg: mix.svg(), table: ChartTable(series: mix.series).html(), series: mix.series))
        charts.append(make("grafico-redes-por-inicio", SummarySeries.networksByStartingYear(edition.experiences)) {
            VerticalBarChart(series: $0, slug: $1).svg()
        })
        return charts
    }

    /// A chart with its table.
    private static func make(_ slug: String, _ series: ChartSeries, draw: (ChartSeries, String) -> String) -> SummaryChart {
        SummaryChart(slug: slug, title: series.title, svg: draw(series, slug), table: ChartTable(series: series).html(), series: series)
    }
}
