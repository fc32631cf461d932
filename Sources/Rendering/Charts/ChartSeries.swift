/// What a chart shows: named values in order, with the words its axes, table and text alternative use.
public struct ChartSeries: Sendable, Hashable {
    /// One labelled value (a bar).
    public struct Point: Sendable, Hashable {
        public let label: String
        public let value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The noun a value counts, for the text alternative ("1 red", "523 redes").
    public struct Unit: Sendable, Hashable {
        public let singular: String
        public let plural: String

        public init(singular: String, plural: String) {
            self.singular = singular
            self.plural = plural
        }
    }

    /// The chart's title: the SVG `<title>`, the heading drawn in the chart and the table's caption.
    public let title: String
    /// What the labels are ("Año", "Región"): the category axis title and the table's first header.
    public let categoryName: String
    /// What the values are ("Redes"): the value axis title and the table's second header.
    public let valueName: String
    public let unit: Unit
    public let points: [Point]
    /// Most decimals a value is shown with (values without decimals show none).
    public let decimals: Int
    /// For part-of-whole series: the whole each value is a share of (the number of networks).
    public let whole: Int?
    /// A sentence that explains the figures (why shares may add up to more than 100 %), shown under the chart.
    public let note: String?

    public init(
        title: String, categoryName: String, valueName: String, unit: Unit, points: [Point],
        decimals: Int = 0, whole: Int? = nil, note: String? = nil
    ) {
        self.title = title
        self.categoryName = categoryName
        self.valueName = valueName
        self.unit = unit
        self.points = points
        self.decimals = max(0, min(decimals, 3))
        self.whole = whole
        self.note = note
    }

    /// The same series as a part of `whole`.
    public func withWhole(_ whole: Int) -> ChartSeries {
        ChartSeries(
            title: title, categoryName: categoryName, valueName: valueName, unit: unit, points: points,
            decimals: decimals, whole: whole, note: note
        )
    }

    /// A value as shown on a bar and in the table ("523", "8,9").
    public func valueText(_ value: Double) -> String {
        SpanishFormat.number(value, maxDigits: decimals)
    }

    /// A value with its noun, for the text alternative ("523 redes", "1 red").
    public func valueWithUnit(_ value: Double) -> String {
        valueText(value) + " " + (value == 1 ? unit.singular : unit.plural)
    }

    /// The whole percentage a value is of `whole`; `nil` when the series is not part-of-whole.
    public func percent(_ value: Double) -> Int? {
        guard let whole, whole > 0 else { return nil }
        return SpanishFormat.percentage(Int(value.rounded()), of: whole)
    }
}
