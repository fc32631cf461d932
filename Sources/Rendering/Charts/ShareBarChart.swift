/// A part-of-whole chart drawn as bars on a 0–100 % track: each row shows what share of the whole its value is.
///
/// Used for the dependencia mix. Not a pie: lengths on a common scale compare
/// better than angles, and a network with two dependencias counts in two rows
/// (the shares may exceed 100 % in total, which a pie cannot show honestly).
/// Each track is outlined, so the whole stays visible beside the filled share;
/// bars differ in colour as well as label.
public struct ShareBarChart: Sendable {
    public let series: ChartSeries
    /// Names the chart's ids (`<slug>-title`, `<slug>-desc`); unique on its page.
    public let slug: String

    public static let kindDescription = "Gráfico de barras de porcentaje"

    /// Takes the series' `whole` as 100 %, or the sum of its values when it has none.
    public init(series: ChartSeries, slug: String) {
        self.series = series.whole == nil ? series.withWhole(Int(series.points.reduce(0) { $0 + $1.value }.rounded())) : series
        self.slug = slug
    }

    /// The whole the shares are of (100 % of the track).
    var whole: Int { series.whole ?? 0 }

    /// "13 (87 %)": the value and its share.
    func valueText(_ value: Double) -> String {
        let percent = SpanishFormat.percentage(Int(value.rounded()), of: whole) ?? 0
        return "\(series.valueText(value)) (\(SpanishFormat.percent(percent)))"
    }

    /// The chart as an inline `<svg>` element.
    public func svg() -> String {
        let layout = RowLayout(series: series, valueTexts: series.points.map { valueText($0.value) })
        var drawing = SVGWriter()
        _ = ChartFrame.drawTitle(layout.titleLines, into: &drawing)
        let frame = ChartFrame(slug: slug, width: layout.width, height: layout.height)
        let wholeText = "\(SpanishFormat.integer(whole)) \(whole == 1 ? series.unit.singular : series.unit.plural)"
        let axisTitle = "Porcentaje del total de \(wholeText)"
        let description = ChartFrame.description(
            kind: "\(Self.kindDescription) sobre el total de \(wholeText)", series: series,
            axes: "Filas: \(series.categoryName); eje horizontal: \(axisTitle.lowercased())"
        )
        guard !series.points.isEmpty, whole > 0 else {
            ChartFrame.drawNoData(into: &drawing, width: layout.width, top: layout.plotTop, bottom: layout.plotBottom)
            return frame.document(kind: "share", title: series.title, description: description, drawing: drawing)
        }

        let x = { (share: Double) in layout.plotLeft + (layout.plotRight - layout.plotLeft) * share }
        for percent in stride(from: 0, through: 100, by: 25) {
            let share = Double(percent) / 100
            drawing.line(x1: x(share), y1: layout.plotTop, x2: x(share), y2: layout.plotBottom, stroke: ChartStyle.grid)
            drawing.text(
                SpanishFormat.percent(percent), x: x(share), y: layout.plotBottom + 18,
                anchor: "middle", size: ChartStyle.tickSize, fill: ChartStyle.muted
            )
        }
        layout.drawCategoryHeader(into: &drawing)
        for (index, point) in series.points.enumerated() {
            let row = layout.row(index)
            let share = min(1, max(0, point.value / Double(whole)))
            let colour = ChartStyle.categorical[index % ChartStyle.categorical.count]
            drawing.rect(
                x: layout.plotLeft, y: row.barTop, width: layout.plotRight - layout.plotLeft, height: RowLayout.barHeight,
                fill: ChartStyle.track, extra: [("stroke", ChartStyle.trackOutline), ("stroke-width", "1")]
            )
            drawing.rect(x: layout.plotLeft, y: row.barTop, width: x(share) - layout.plotLeft, height: RowLayout.barHeight, fill: colour)
            drawing.text(layout.labels[index], x: layout.plotLeft - 8, y: row.baseline, anchor: "end", size: ChartStyle.labelSize)
            drawing.text(valueText(point.value), x: layout.plotRight + 6, y: row.baseline, size: ChartStyle.labelSize, bold: true)
        }
        layout.drawValueAxisTitle(axisTitle, into: &drawing)
        return frame.document(kind: "share", title: series.title, description: description, drawing: drawing)
    }
}
