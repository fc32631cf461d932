import Content

/// The summary card at the top of a region page: its network(s), provincia, since, schools, dependencia,
/// niveles and integrantes, each a label and one or more values; totals when there are several networks. The idea
/// fuerza is not repeated here: each chapter below sets it in its own box.
struct RegionCardView {
    /// One line of the card.
    struct Fact {
        /// Names the line in CSS (`region-card-provincia`), so print can leave out what the chapter repeats.
        var kind: String
        var label: String
        var values: [Value]
    }

    /// One value of a line; a network's name links to its experience further down the page.
    struct Value {
        var text: String
        var href: String?
    }

    var facts: [Fact]

    /// The card of one region's experiences, labels from `strings`.
    init(summary: RegionSummary, strings: StringsTable) {
        let several = summary.networks > 1
        var facts: [Fact] = []
        facts.append(Fact(
            kind: "red", label: strings[several ? .regionCardNetworks : .regionCardNetwork],
            values: summary.experiences.map { Value(text: $0.red, href: "#" + AnchorID.chapter($0)) }
        ))
        facts.append(Fact(
            kind: "provincia", label: strings[summary.provincias.count > 1 ? .regionCardProvinces : .regionCardProvince],
            values: [Value(text: summary.provinciasText)]
        ))
        facts.append(Fact(kind: "desde", label: strings[.regionCardSince], values: [Value(text: String(summary.desde))]))
        let schools = several
            ? strings.text(.regionCardSchoolsTotal, [
                "total": SpanishFormat.integer(summary.schools),
                "redes": SpanishFormat.integer(summary.networks),
                "promedio": summary.schoolsPerNetworkText,
            ])
            : SpanishFormat.integer(summary.schools)
        facts.append(Fact(kind: "establecimientos", label: strings[.regionCardSchools], values: [Value(text: schools)]))
        facts.append(Fact(kind: "dependencia", label: strings[.regionCardDependencia], values: [Value(text: SpanishFormat.capitalizedFirst(summary.dependenciaText))]))
        facts.append(Fact(kind: "niveles", label: strings[.regionCardNiveles], values: [Value(text: SpanishFormat.capitalizedFirst(summary.nivelesText))]))
        facts.append(Fact(kind: "integrantes", label: strings[.regionCardIntegrantes], values: [Value(text: SpanishFormat.capitalizedFirst(summary.integrantesText))]))
        self.facts = facts.filter { fact in fact.values.contains { !$0.text.isEmpty } }
    }

    /// What the card part of `region.mustache` reads.
    var context: [[String: Any]] {
        facts.map { fact in
            [
                "kind": fact.kind,
                "label": fact.label,
                "values": fact.values.map { value -> [String: Any] in
                    var item: [String: Any] = ["text": value.text, "isLink": value.href != nil]
                    if let href = value.href { item["href"] = href }
                    return item
                },
            ]
        }
    }
}
