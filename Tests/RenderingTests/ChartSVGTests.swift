import Testing
@testable import Rendering

/// The hand-written SVG charts: accessible, escaped, deterministic, nothing cut or overlapping.
@Suite("SVG charts")
struct ChartSVGTests {
    static let networks = ChartSeries.Unit(singular: "red", plural: "redes")
    static let yearly = ChartSeries(
        title: "Redes de Mejoramiento Escolar por año", categoryName: "Año", valueName: "Redes", unit: networks,
        points: [.init(label: "2015", value: 523), .init(label: "2016", value: 505), .init(label: "2017", value: 481)]
    )

    /// The schools-per-network series of the real edition: fifteen regions with their names.
    static func regions() throws -> ChartSeries {
        SummarySeries.schoolsPerNetworkByRegion(RegionSummary.all(in: try FrontMatterEdition.edition()))
    }

    @Test("a vertical chart is an image named by its title and described by every value, ids from the slug")
    func verticalAccessibility() throws {
        let svg = VerticalBarChart(series: Self.yearly, slug: "redes-por-anio").svg()
        let parsed = try #require(ParsedSVG(svg), "the SVG must be well-formed XML")
        #expect(parsed.rootAttributes["role"] == "img")
        #expect(parsed.rootAttributes["viewBox"] == "0 0 640 360")
        #expect(parsed.rootAttributes["width"] == nil && parsed.rootAttributes["height"] == nil, "the viewBox alone sizes it, so it scales")
        #expect(parsed.rootAttributes["aria-labelledby"] == "redes-por-anio-title")
        #expect(parsed.rootAttributes["aria-describedby"] == "redes-por-anio-desc")
        #expect(svg.contains("<title id=\"redes-por-anio-title\">Redes de Mejoramiento Escolar por año</title>"))
        #expect(parsed.desc == "Gráfico de barras verticales. Eje horizontal: Año; eje vertical: Redes. 2015: 523 redes; 2016: 505 redes; 2017: 481 redes.")
        let words = parsed.texts.map(\.content)
        for expected in ["523", "505", "481", "2015", "2016", "2017", "Año", "Redes", "0", "200", "400", "600"] {
            #expect(words.contains(expected), "\(expected) should be drawn as text")
        }
        #expect(!svg.contains("<script") && !svg.contains("onload"))
    }

    @Test("the same series gives the same bytes; another slug changes only the ids")
    func deterministic() {
        let first = VerticalBarChart(series: Self.yearly, slug: "a").svg()
        #expect(first == VerticalBarChart(series: Self.yearly, slug: "a").svg())
        let other = VerticalBarChart(series: Self.yearly, slug: "b").svg()
        #expect(other == first.replacingOccurrences(of: "\"a-title\"", with: "\"b-title\"").replacingOccurrences(of: "\"a-desc\"", with: "\"b-desc\""))
        #expect(ChartFrame.idSafe("Gráfico 1: <redes>") == "gr-fico-1-redes")
        #expect(ChartFrame.idSafe("«»") == "grafico")
    }

    @Test("region-like labels with <, &, quotes and apostrophes are escaped in the SVG and the table")
    func escaping() throws {
        let series = ChartSeries(
            title: "Redes <b>por</b> región & \"año\"", categoryName: "Región", valueName: "Redes", unit: Self.networks,
            points: [
                .init(label: "Región de <Sur> & Norte", value: 3),
                .init(label: "O’Higgins", value: 2),
                .init(label: "O'Higgins \"bis\"\u{0007}", value: 1),
            ]
        )
        for svg in [
            HorizontalBarChart(series: series, slug: "x").svg(),
            VerticalBarChart(series: series, slug: "x").svg(),
            ShareBarChart(series: series, slug: "x").svg(),
        ] {
            let parsed = try #require(ParsedSVG(svg), "escaped SVG must stay well-formed: \(svg)")
            #expect(!svg.contains("<Sur>") && !svg.contains("<b>"))
            #expect(svg.contains("Región de &lt;Sur&gt; &amp; Norte"))
            #expect(svg.contains("O’Higgins"))
            #expect(svg.contains("O&#39;Higgins &quot;bis&quot; "), "the control character becomes a space")
            #expect(parsed.title == "Redes <b>por</b> región & \"año\"")
            #expect(parsed.desc.contains("Región de <Sur> & Norte: 3 redes"))
        }
        let table = ChartTable(series: series).html()
        #expect(table.contains("<caption>Redes &lt;b&gt;por&lt;/b&gt; región &amp; &quot;año&quot;</caption>"))
        #expect(table.contains("<th scope=\"row\">Región de &lt;Sur&gt; &amp; Norte</th>"))
        #expect(!table.contains("<Sur>"))
    }

    @Test("fifteen region names fit: every label inside the chart, left of its bar, rows apart, values inside the right edge")
    func horizontalLabelsFit() throws {
        let series = try Self.regions()
        let svg = HorizontalBarChart(series: series, slug: "regiones").svg()
        let parsed = try #require(ParsedSVG(svg))
        let layout = RowLayout(series: series, valueTexts: series.points.map { series.valueText($0.value) })
        #expect(svg.components(separatedBy: "fill=\"\(ChartStyle.bar)\"").count - 1 == 15)
        let names = parsed.texts.filter { text in series.points.contains { $0.label == text.content } }
        #expect(names.count == 15)
        for name in names {
            #expect(name.anchor == "end")
            #expect(name.x - ChartText.width(name.content, fontSize: ChartStyle.labelSize) >= 0, "\(name.content) is cut on the left")
            #expect(name.x < layout.plotLeft)
        }
        let baselines = names.map(\.y)
        #expect(zip(baselines, baselines.dropFirst()).allSatisfy { $1 - $0 >= ChartStyle.labelSize + 4 }, "rows must not overlap")
        let values = parsed.texts.filter { $0.attributes["font-weight"] == "bold" && $0.x > layout.plotLeft }
        for value in values {
            #expect(value.x + ChartText.width(value.content, fontSize: ChartStyle.labelSize, bold: true) <= ChartStyle.width - 8, "\(value.content) is cut on the right")
        }
        #expect(parsed.desc.contains("Magallanes: 19 establecimientos"))
        #expect(parsed.desc.contains("Aysén: 2 establecimientos"))
    }

    @Test("a label too long for the label column is cut with an ellipsis; the description keeps it whole")
    func longLabels() throws {
        let long = String(repeating: "Provincia muy larga ", count: 10).trimmingTrailingSpaces()
        let series = ChartSeries(title: "t", categoryName: "c", valueName: "v", unit: Self.networks, points: [.init(label: long, value: 4)])
        let parsed = try #require(ParsedSVG(HorizontalBarChart(series: series, slug: "l").svg()))
        let label = try #require(parsed.texts.first { $0.content.hasPrefix("Provincia") })
        #expect(label.content.hasSuffix("…"))
        #expect(ChartText.width(label.content, fontSize: ChartStyle.labelSize) <= ChartStyle.width * 0.38)
        #expect(parsed.desc.contains(long))
    }

    @Test("a title too long for one line breaks into two even lines, not one line and a lone word")
    func titleWrapping() {
        let title = "Número de Redes de Mejoramiento Escolar funcionando en los 3 últimos años"
        let lines = ChartFrame.titleLines(title, width: ChartStyle.width)
        #expect(lines.count == 2)
        #expect(lines.joined(separator: " ") == title)
        let widths = lines.map { ChartText.width($0, fontSize: ChartStyle.titleSize, bold: true) }
        #expect(widths.allSatisfy { $0 <= ChartStyle.width - 32 })
        #expect(abs(widths[0] - widths[1]) < widths.max()! / 2, "lines should be of similar length: \(lines)")
        #expect(ChartFrame.titleLines("Corto", width: ChartStyle.width) == ["Corto"])
    }

    @Test("the share chart shows each value with its percentage of the whole, and the note")
    func shareChart() throws {
        let series = ChartSeries(
            title: "Redes según dependencia", categoryName: "Dependencia", valueName: "Redes", unit: Self.networks,
            points: [.init(label: "Municipal", value: 13), .init(label: "Particular subvencionado", value: 3)],
            whole: 15, note: "Una red puede contar dos veces."
        )
        let parsed = try #require(ParsedSVG(ShareBarChart(series: series, slug: "dep").svg()))
        let words = parsed.texts.map(\.content)
        #expect(words.contains("13 (87\u{00A0}%)"))
        #expect(words.contains("3 (20\u{00A0}%)"))
        #expect(words.contains("Porcentaje del total de 15 redes"))
        #expect(words.contains("Una red puede contar dos veces."))
        #expect(words.contains("100\u{00A0}%"))
        #expect(parsed.desc.contains("Municipal: 13 redes (87\u{00A0}%); Particular subvencionado: 3 redes (20\u{00A0}%)."))
        #expect(!parsed.elementNames.contains("path") && !parsed.elementNames.contains("circle"), "no pie slices")
    }

    @Test("a series without points draws 'Sin datos' and says so in its description")
    func emptySeries() throws {
        let series = ChartSeries(title: "Vacío", categoryName: "Año", valueName: "Redes", unit: Self.networks, points: [])
        for svg in [VerticalBarChart(series: series, slug: "v").svg(), HorizontalBarChart(series: series, slug: "v").svg(), ShareBarChart(series: series, slug: "v").svg()] {
            let parsed = try #require(ParsedSVG(svg))
            #expect(parsed.texts.map(\.content).contains("Sin datos"))
            #expect(parsed.desc.hasSuffix("Sin datos."))
        }
    }

    @Test("text colours reach 4.5:1 on white, bar colours 3:1, and the categorical colours differ from each other")
    func contrast() {
        for colour in [ChartStyle.text, ChartStyle.muted, ChartStyle.trackOutline] {
            #expect(Contrast.ratio(colour, "#ffffff") >= 4.5, "\(colour)")
        }
        for colour in [ChartStyle.bar] + ChartStyle.categorical {
            #expect(Contrast.ratio(colour, "#ffffff") >= 3, "\(colour)")
        }
        #expect(Set(ChartStyle.categorical).count == ChartStyle.categorical.count)
    }

    @Test("value axes have round steps and never fractional steps for counts")
    func scales() {
        #expect(ChartScale(largest: 523, integral: true).ticks == [0, 200, 400, 600])
        #expect(ChartScale(largest: 19, integral: true, targetTicks: 5).ticks == [0, 5, 10, 15, 20])
        #expect(ChartScale(largest: 1, integral: true).ticks == [0, 1])
        #expect(ChartScale(largest: 15, integral: true).ticks == [0, 5, 10, 15])
        #expect(ChartScale(largest: 9, integral: false).step == 2.5)
        #expect(ChartScale(largest: 0, integral: true).maximum == 1)
    }

    @Test("the fallback table has a caption, column and row headers, a share column and the note")
    func tables() {
        let yearly = ChartTable(series: Self.yearly).html()
        #expect(yearly == """
            <table class="rme-chart-table">
            <caption>Redes de Mejoramiento Escolar por año</caption>
            <thead>
            <tr><th scope="col">Año</th><th scope="col">Redes</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">2015</th><td>523</td></tr>
            <tr><th scope="row">2016</th><td>505</td></tr>
            <tr><th scope="row">2017</th><td>481</td></tr>
            </tbody>
            </table>

            """)
        let share = ChartTable(series: ChartSeries(
            title: "D", categoryName: "Dependencia", valueName: "Redes", unit: Self.networks,
            points: [.init(label: "Municipal", value: 13)], whole: 15, note: "Nota."
        )).html()
        #expect(share.contains("<th scope=\"col\">Porcentaje</th>"))
        #expect(share.contains("<tr><th scope=\"row\">Municipal</th><td>13</td><td>87\u{00A0}%</td></tr>"))
        #expect(share.contains("<tfoot>\n<tr><td colspan=\"3\">Nota.</td></tr>\n</tfoot>\n</table>"))
    }
}
