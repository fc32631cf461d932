/// A horizontal bar chart: one row per label (region names read left to right), values along the bottom.
///
/// Used for schools per network by region: fifteen bars with long names fit
/// better as rows than as columns. Each bar carries its value at its end.
public struct HorizontalBarChart: Sendable {
    public let series: ChartSeries
    /// Names the chart's ids (`<slug>-title`, `<slug>-desc`); unique on its page.
    public let slug: String

    public static let kindDescription = "Gráfico de barras horizontales"

    public init(series: ChartSeries, slug: String) {
        self.series = series
        self.slug = slug
    }

    /// The chart as an inline `<svg>` element.
    public func svg() -> String {
        let layout = RowLayout(series: series, valueTexts: series.points.map { series.valueText($0.value) })
        var drawing = SVGWriter()
        _ = ChartFrame.drawTitle(layout.titleLines, into: &drawing)
        let frame = ChartFrame(slug: slug, width: layout.width, height: layout.height)
        let description = ChartFrame.description(
            kind: Self.kindDescription, series: series,
            axes: "Filas: \(series.categoryName); eje horizontal: \(series.valueName)"
        )
        guard !series.points.isEmpty else {
            ChartFrame.drawNoData(into: &drawing, width: layout.width, top: layout.plotTop, bottom: layout.plotBottom)
            return frame.document(kind: "horizontal", title: series.title, description: description, drawing: drawing)
        }

        let scale = ChartScale(largest: series.points.map(\.value).max() ?? 0, integral: series.decimals == 0, targetTicks: 5)
        let x = { (value: Double) in layout.plotLeft + (layout.plotRight - layout.plotLeft) * value / scale.maximum }
        for tick in scale.ticks {
            drawing.line(x1: x(tick), y1: layout.plotTop, x2: x(tick), y2: layout.plotBottom, stroke: ChartStyle.grid)
            drawing.text(
                SpanishFormat.decimal(tick, digits: scale.tickDecimals), x: x(tick), y: layout.plotBottom + 18,
                anchor: "middle", size: ChartStyle.tickSize, fill: ChartStyle.muted
            )
        }
        layout.drawCategoryHeader(into: &drawing)
        for (index, point) in series.points.enumerated() {
            let row = layout.row(index)
            let end = x(max(0, point.value))
            drawing.rect(x: layout.plotLeft, y: row.barTop, width: end - layout.plotLeft, height: RowLayout.barHeight, fill: ChartStyle.bar)
            drawing.text(layout.labels[index], x: layout.plotLeft - 8, y: row.baseline, anchor: "end", size: ChartStyle.labelSize)
            drawing.text(series.valueText(point.value), x: end + 6, y: row.baseline, size: ChartStyle.labelSize, bold: true)
        }
        drawing.line(x1: layout.plotLeft, y1: layout.plotTop, x2: layout.plotLeft, y2: layout.plotBottom, stroke: ChartStyle.muted)
        layout.drawValueAxisTitle(series.valueName, into: &drawing)
        return frame.document(kind: "horizontal", title: series.title, description: description, drawing: drawing)
    }
}
