/// Writes SVG elements one per line, attributes in the order given, numbers in one fixed format.
///
/// Hand-written on purpose: no package in the build draws SVG (the dependencies are
/// Yams, argument-parser and swift-mustache), and the charts need little: rectangles,
/// lines and text. Fixed formatting keeps every build of an edition byte-identical.
struct SVGWriter {
    private(set) var markup = ""

    /// A coordinate or length: at most one decimal, a dot as separator, never "-0".
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let whole = magnitude / 10, fraction = magnitude % 10
        return sign + (fraction == 0 ? "\(whole)" : "\(whole).\(fraction)")
    }

    /// An opening tag; attribute values are escaped here.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        markup += "<" + name + Self.attributes(attributes) + ">\n"
    }

    /// A closing tag.
    mutating func close(_ name: String) {
        markup += "</" + name + ">\n"
    }

    /// An element without content (`<rect ... />`).
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        markup += "<" + name + Self.attributes(attributes) + "/>\n"
    }

    /// An element holding text, escaped here.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        markup += "<" + name + Self.attributes(attributes) + ">" + ChartText.escape(text) + "</" + name + ">\n"
    }

    /// A rectangle.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, extra: [(String, String)] = []) {
        empty("rect", [
            ("x", Self.number(x)), ("y", Self.number(y)),
            ("width", Self.number(max(0, width))), ("height", Self.number(max(0, height))), ("fill", fill),
        ] + extra)
    }

    /// A straight line.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1) {
        empty("line", [
            ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
            ("stroke", stroke), ("stroke-width", Self.number(width)),
        ])
    }

    /// A line of text at a point.
    mutating func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double, fill: String = ChartStyle.text,
        bold: Bool = false, extra: [(String, String)] = []
    ) {
        var attributes: [(String, String)] = [("x", Self.number(x)), ("y", Self.number(y))]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        attributes.append(("font-size", Self.number(size)))
        if bold { attributes.append(("font-weight", "bold")) }
        attributes.append(("fill", fill))
        element("text", attributes + extra, text: content)
    }

    /// ` name="value"` for each attribute, values escaped.
    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " " + $0.0 + "=\"" + ChartText.escape($0.1) + "\"" }.joined()
    }
}
