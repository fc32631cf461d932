/// The outer `<svg>` every chart shares: its size, accessible name and description, and the visible title.
///
/// The chart is an image to assistive technology (`role="img"`), named by its
/// `<title>` and described by a `<desc>` that lists every value, so nothing in it
/// is only visual. Ids come from the caller's slug: two charts on one page differ,
/// and the same chart is the same bytes on every build.
struct ChartFrame {
    /// The slug reduced to `a-z`, `0-9` and `-`, safe inside an id.
    let slug: String
    let width: Double
    let height: Double

    init(slug: String, width: Double, height: Double) {
        self.slug = Self.idSafe(slug)
        self.width = width
        self.height = height
    }

    /// The finished chart: `<svg>` with title and description around the drawing.
    func document(kind: String, title: String, description: String, drawing: SVGWriter) -> String {
        var svg = SVGWriter()
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
            ("role", "img"),
            ("aria-labelledby", "\(slug)-title"),
            ("aria-describedby", "\(slug)-desc"),
            ("class", "rme-chart rme-chart-\(kind)"),
            ("font-family", ChartStyle.fontFamily),
        ])
        svg.element("title", [("id", "\(slug)-title")], text: title)
        svg.element("desc", [("id", "\(slug)-desc")], text: description)
        svg.rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
        return svg.markup + drawing.markup + "</svg>\n"
    }

    /// Draws the title's lines at the top; returns the y just below them.
    static func drawTitle(_ lines: [String], into drawing: inout SVGWriter) -> Double {
        var y = 28.0
        for line in lines {
            drawing.text(line, x: 16, y: y, size: ChartStyle.titleSize, bold: true)
            y += 20
        }
        return y - 14
    }

    /// The title broken to the chart's width (at most two lines).
    static func titleLines(_ title: String, width: Double) -> [String] {
        ChartText.wrap(title, maxWidth: width - 32, fontSize: ChartStyle.titleSize, bold: true, maxLines: 2)
    }

    /// The text alternative: what the chart is, its axes, and every value.
    static func description(kind: String, series: ChartSeries, axes: String) -> String {
        guard !series.points.isEmpty else { return "\(kind). Sin datos." }
        let values = series.points.map { point -> String in
            var text = "\(point.label): \(series.valueWithUnit(point.value))"
            if let percent = series.percent(point.value) { text += " (\(SpanishFormat.percent(percent)))" }
            return text
        }.joined(separator: "; ")
        var description = "\(kind). \(axes). \(values)."
        if let note = series.note { description += " " + note }
        return description
    }

    /// Draws "Sin datos" in the middle of an empty chart.
    static func drawNoData(into drawing: inout SVGWriter, width: Double, top: Double, bottom: Double) {
        drawing.text("Sin datos", x: width / 2, y: (top + bottom) / 2, anchor: "middle", size: ChartStyle.labelSize, fill: ChartStyle.muted)
    }

    /// Lower-case ASCII letters, digits and single hyphens; "grafico" when nothing is left.
    static func idSafe(_ slug: String) -> String {
        var result = ""
        for scalar in slug.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
        }
        while result.last == "-" { result.removeLast() }
        return result.isEmpty ? "grafico" : result
    }
}
