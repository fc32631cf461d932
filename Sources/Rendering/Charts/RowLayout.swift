/// Where things go in a chart drawn as rows (horizontal bars, share bars): label column, plot, value labels.
///
/// The label column is as wide as the longest label needs, up to 38 % of the chart;
/// longer labels are cut with "…" (the full text is in the description and the table).
/// The plot stops short of the right edge by the widest value label, so no label is cut.
struct RowLayout {
    static let rowHeight = 28.0
    static let barHeight = 18.0

    let width = ChartStyle.width
    let titleLines: [String]
    let labels: [String]
    let plotTop: Double
    let plotBottom: Double
    let plotLeft: Double
    let plotRight: Double
    let noteLines: [String]
    let height: Double
    let categoryName: String

    init(series: ChartSeries, valueTexts: [String]) {
        titleLines = ChartFrame.titleLines(series.title, width: width)
        let titleBottom = 28.0 + Double(titleLines.count - 1) * 20 + 6
        let maxLabelWidth = width * 0.38
        let fitted = series.points.map { ChartText.fit($0.label, maxWidth: maxLabelWidth, fontSize: ChartStyle.labelSize) }
        labels = fitted
        categoryName = ChartText.fit(series.categoryName, maxWidth: maxLabelWidth, fontSize: ChartStyle.labelSize, bold: true)
        let labelWidth = max(
            (fitted.map { ChartText.width($0, fontSize: ChartStyle.labelSize) }.max() ?? 0),
            ChartText.width(categoryName, fontSize: ChartStyle.labelSize, bold: true)
        )
        plotLeft = 16 + labelWidth + 8
        let valueWidth = valueTexts.map { ChartText.width($0, fontSize: ChartStyle.labelSize, bold: true) }.max() ?? 0
        plotRight = width - 16 - valueWidth - 6
        plotTop = titleBottom + 34
        plotBottom = plotTop + Double(max(1, series.points.count)) * Self.rowHeight
        let noteWidth = ChartStyle.width - 32
        noteLines = series.note.map { ChartText.wrap($0, maxWidth: noteWidth, fontSize: ChartStyle.tickSize, maxLines: 3) } ?? []
        height = plotBottom + 50 + Double(noteLines.count) * 16 + (noteLines.isEmpty ? 0 : 6)
    }

    /// The top of row `index`'s bar and the baseline of its texts.
    func row(_ index: Int) -> (barTop: Double, baseline: Double) {
        let top = plotTop + Double(index) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
        return (top, top + Self.barHeight / 2 + 4.5)
    }

    /// The category name as the label column's heading, just above the first row.
    func drawCategoryHeader(into drawing: inout SVGWriter) {
        drawing.text(categoryName, x: plotLeft - 8, y: plotTop - 8, anchor: "end", size: ChartStyle.labelSize, bold: true)
    }

    /// The value axis title under the tick labels, then the note, if any.
    func drawValueAxisTitle(_ title: String, into drawing: inout SVGWriter) {
        let fitted = ChartText.fit(title, maxWidth: plotRight - plotLeft + 40, fontSize: ChartStyle.labelSize, bold: true)
        drawing.text(fitted, x: (plotLeft + plotRight) / 2, y: plotBottom + 40, anchor: "middle", size: ChartStyle.labelSize, bold: true)
        var y = plotBottom + 62
        for line in noteLines {
            drawing.text(line, x: 16, y: y, size: ChartStyle.tickSize, fill: ChartStyle.muted)
            y += 16
        }
    }
}
