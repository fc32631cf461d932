/// A vertical bar chart: one bar per label along the bottom (years), values up the left axis.
///
/// Used for networks per year and networks by starting year. Each bar carries its
/// value above it, so the chart reads without the grid.
public struct VerticalBarChart: Sendable {
    public let series: ChartSeries
    /// Names the chart's ids (`<slug>-title`, `<slug>-desc`); unique on its page.
    public let slug: String

    public static let kindDescription = "Gráfico de barras verticales"

    public init(series: ChartSeries, slug: String) {
        self.series = series
        self.slug = slug
    }

    /// The chart as an inline `<svg>` element.
    public func svg() -> String {
        let width = ChartStyle.width, height = 360.0
        var drawing = SVGWriter()
        let titleBottom = ChartFrame.drawTitle(ChartFrame.titleLines(series.title, width: width), into: &drawing)
        let plotTop = titleBottom + 32
        let plotBottom = height - 58
        let frame = ChartFrame(slug: slug, width: width, height: height)
        let description = ChartFrame.description(
            kind: Self.kindDescription, series: series,
            axes: "Eje horizontal: \(series.categoryName); eje vertical: \(series.valueName)"
        )
        guard !series.points.isEmpty else {
            ChartFrame.drawNoData(into: &drawing, width: width, top: plotTop, bottom: plotBottom)
            return frame.document(kind: "vertical", title: series.title, description: description, drawing: drawing)
        }

        let scale = ChartScale(largest: series.points.map(\.value).max() ?? 0, integral: series.decimals == 0)
        let tickTexts = scale.ticks.map { SpanishFormat.decimal($0, digits: scale.tickDecimals) }
        let tickWidth = tickTexts.map { ChartText.width($0, fontSize: ChartStyle.tickSize) }.max() ?? 0
        let axisTitleX = 22.0
        let left = axisTitleX + 12 + tickWidth + 8
        let right = width - 16
        let y = { (value: Double) in plotBottom - (plotBottom - plotTop) * value / scale.maximum }

        for (tick, text) in zip(scale.ticks, tickTexts) {
            drawing.line(x1: left, y1: y(tick), x2: right, y2: y(tick), stroke: ChartStyle.grid)
            drawing.text(text, x: left - 8, y: y(tick) + 4, anchor: "end", size: ChartStyle.tickSize, fill: ChartStyle.muted)
        }

        let slot = (right - left) / Double(series.points.count)
        let barWidth = min(slot * 0.62, 88)
        for (index, point) in series.points.enumerated() {
            let center = left + slot * (Double(index) + 0.5)
            let top = y(max(0, point.value))
            drawing.rect(x: center - barWidth / 2, y: top, width: barWidth, height: plotBottom - top, fill: ChartStyle.bar)
            drawing.text(series.valueText(point.value), x: center, y: top - 7, anchor: "middle", size: ChartStyle.labelSize, bold: true)
            let label = ChartText.fit(point.label, maxWidth: slot - 4, fontSize: ChartStyle.labelSize)
            drawing.text(label, x: center, y: plotBottom + 20, anchor: "middle", size: ChartStyle.labelSize)
        }
        drawing.line(x1: left, y1: plotBottom, x2: right, y2: plotBottom, stroke: ChartStyle.muted)

        let xTitle = ChartText.fit(series.categoryName, maxWidth: right - left, fontSize: ChartStyle.labelSize, bold: true)
        drawing.text(xTitle, x: (left + right) / 2, y: height - 14, anchor: "middle", size: ChartStyle.labelSize, bold: true)
        let middle = (plotTop + plotBottom) / 2
        let yTitle = ChartText.fit(series.valueName, maxWidth: plotBottom - plotTop + 20, fontSize: ChartStyle.labelSize, bold: true)
        drawing.text(yTitle, x: axisTitleX, y: middle, anchor: "middle", size: ChartStyle.labelSize, bold: true, extra: [
            ("transform", "rotate(-90 \(SVGWriter.number(axisTitleX)) \(SVGWriter.number(middle)))"),
        ])
        return frame.document(kind: "vertical", title: series.title, description: description, drawing: drawing)
    }
}
