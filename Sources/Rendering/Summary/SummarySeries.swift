import Content

/// The national summary's figures as chart series, computed from validated front matter and `edition.yaml`.
public enum SummarySeries {
    /// The contract's `dependencia` values in its order; other values follow in order of appearance.
    static let dependenciaOrder = ["municipal", "particular subvencionado", "servicio local"]

    /// Networks at work per year, from `edition.yaml`'s `redes_por_anio`, years ascending; `nil` when absent.
    public static func networksPerYear(_ info: EditionInfo) -> ChartSeries? {
        guard let yearly = info.redesPorAnio, !yearly.valores.isEmpty else { return nil }
        var title = yearly.titulo.trimmingCharacters(in: .whitespacesAndNewlines)
        while title.last == ":" { title.removeLast() }
        let points = yearly.valores.sorted { $0.anio < $1.anio }.map { ChartSeries.Point(label: String($0.anio), value: Double($0.redes)) }
        return ChartSeries(
            title: title.isEmpty ? "Redes de Mejoramiento Escolar por año" : title,
            categoryName: "Año", valueName: "Redes", unit: networkUnit, points: points
        )
    }

    /// Schools per network in each region (the mean when a region has several networks), north to south.
    public static func schoolsPerNetworkByRegion(_ regions: [RegionSummary]) -> ChartSeries {
        let points = regions.map { ChartSeries.Point(label: $0.region.name, value: $0.schoolsPerNetwork) }
        let whole = points.allSatisfy { $0.value == $0.value.rounded() }
        return ChartSeries(
            title: "Establecimientos por red en cada región",
            categoryName: "Región", valueName: "Establecimientos por red",
            unit: ChartSeries.Unit(singular: "establecimiento", plural: "establecimientos"),
            points: points, decimals: whole ? 0 : 1
        )
    }

    /// How many networks include each `dependencia` value, as a share of all networks.
    ///
    /// A network with schools of two dependencias counts under both, so the shares
    /// can add up to more than 100 %; the series says so in its note when it happens.
    public static func dependenciaMix(_ experiences: [Experience]) -> ChartSeries {
        var order = dependenciaOrder
        var counts: [String: Int] = [:]
        for experience in experiences {
            for value in Set(experience.dependencia) {
                counts[value, default: 0] += 1
            }
            for value in experience.dependencia where !order.contains(value) {
                order.append(value)
            }
        }
        let points = order.compactMap { value in
            counts[value].map { ChartSeries.Point(label: SpanishFormat.capitalizedFirst(value), value: Double($0)) }
        }
        let counted = points.reduce(0) { $0 + Int($1.value) }
        let note = counted > experiences.count
            ? "Una red con establecimientos de más de una dependencia se cuenta en cada una; por eso los porcentajes suman más de 100\u{00A0}%."
            : nil
        return ChartSeries(
            title: "Redes según la dependencia de sus establecimientos",
            categoryName: "Dependencia", valueName: "Redes", unit: networkUnit,
            points: points, whole: experiences.count, note: note
        )
    }

    /// How many networks started each year (`desde`), every year from the first to the last, zeros included.
    public static func networksByStartingYear(_ experiences: [Experience]) -> ChartSeries {
        var counts: [Int: Int] = [:]
        for experience in experiences { counts[experience.desde, default: 0] += 1 }
        let years: [Int]
        if let first = counts.keys.min(), let last = counts.keys.max(), last - first <= maxYearSpan {
            years = Array(first...last)
        } else {
            years = counts.keys.sorted()
        }
        return ChartSeries(
            title: "Redes según el año en que empezaron a funcionar",
            categoryName: "Año de inicio", valueName: "Redes", unit: networkUnit,
            points: years.map { ChartSeries.Point(label: String($0), value: Double(counts[$0] ?? 0)) }
        )
    }

    /// Widest span of starting years drawn year by year; beyond it only the years with networks are shown.
    static let maxYearSpan = 40

    static let networkUnit = ChartSeries.Unit(singular: "red", plural: "redes")
}
