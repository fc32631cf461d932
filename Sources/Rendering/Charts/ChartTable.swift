/// The data of a chart as a plain HTML `<table>`, for a `<details>` beside the chart (screen readers, print, copying).
public struct ChartTable: Sendable {
    public let series: ChartSeries

    public init(series: ChartSeries) {
        self.series = series
    }

    /// The table: the chart's title as caption, a header row, one row per point; a share column for
    /// part-of-whole series, and the series' note in the footer.
    public func html() -> String {
        let escape = ChartText.escape
        let hasShare = series.whole != nil
        var html = "<table class=\"rme-chart-table\">\n"
        html += "<caption>\(escape(series.title))</caption>\n"
        html += "<thead>\n<tr><th scope=\"col\">\(escape(series.categoryName))</th><th scope=\"col\">\(escape(series.valueName))</th>"
        if hasShare { html += "<th scope=\"col\">Porcentaje</th>" }
        html += "</tr>\n</thead>\n"
        html += "<tbody>\n"
        for point in series.points {
            html += "<tr><th scope=\"row\">\(escape(point.label))</th><td>\(escape(series.valueText(point.value)))</td>"
            if hasShare {
                html += "<td>\(escape(series.percent(point.value).map(SpanishFormat.percent) ?? "—"))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n"
        if let note = series.note {
            html += "<tfoot>\n<tr><td colspan=\"\(hasShare ? 3 : 2)\">\(escape(note))</td></tr>\n</tfoot>\n"
        }
        html += "</table>\n"
        return html
    }
}
