/// Every label and fixed word the pages print, by key; templates read them, never spell them.
///
/// Entries may hold placeholders in braces (`{region}`, `{provincia}`) that the view
/// models fill; the filled text is still escaped by the templates like any value.
public struct StringsTable: Sendable, Hashable {
    /// The labels and fixed words, one case per entry; the raw value is the key templates use under `t.`.
    public enum Key: String, Sendable, CaseIterable {
        case language
        case ministry
        case author
        case skipToContent
        case creditsCoordination
        case creditsEditorialCommittee
        case creditsDesign
        case creditsRegistry
        case creditsISBN
        case publicationDate
        case tocTitle
        case tocFrontMatter
        case tocExperiences
        case acknowledgementsTitle
        case networksTitle
        case networksUnit
        case networksYearHeader
        case networksCountHeader
        case chapterTitle
        case regionLabel
        case provinceLabel
        case sinceLabel
        case networkName
        case necesidades
        case objetivo
        case practicas
        case colaboracion
        case ideaFuerza
        case aprendizajes
        case proyeccion
    }

    private var entries: [Key: String]

    /// A table with the given entries; keys left out read as empty text.
    public init(_ entries: [Key: String]) {
        self.entries = entries
    }

    /// The entry for `key`, or empty text when the table lacks it.
    public subscript(key: Key) -> String {
        get { entries[key] ?? "" }
        set { entries[key] = newValue }
    }

    /// The entry for `key` with each `{name}` replaced by its value (values are plain text, escaped later).
    /// One pass from left to right, so a value that itself looks like `{name}` is never expanded again.
    public func text(_ key: Key, _ values: [String: String] = [:]) -> String {
        let template = self[key]
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// The booklet's own Spanish wording.
    public static let spanish = StringsTable([
        .language: "es",
        .ministry: "Ministerio de Educación",
        .author: "Ministerio de Educación de Chile",
        .skipToContent: "Saltar al contenido",
        .creditsCoordination: "Coordinación nacional",
        .creditsEditorialCommittee: "Comité editorial",
        .creditsDesign: "Diseño",
        .creditsRegistry: "Registro de Propiedad Intelectual:",
        .creditsISBN: "ISBN:",
        .publicationDate: "{mes} {anio}",
        .tocTitle: "Índice",
        .tocFrontMatter: "Presentación",
        .tocExperiences: "Experiencias por región",
        .acknowledgementsTitle: "Agradecimientos",
        .networksTitle: "Redes de Mejoramiento Escolar por año",
        .networksUnit: "RME",
        .networksYearHeader: "Año",
        .networksCountHeader: "Redes en funcionamiento",
        .chapterTitle: "Experiencia colaborativa de la Red de Mejoramiento Escolar {region}",
        .regionLabel: "Región:",
        .provinceLabel: "Provincia:",
        .sinceLabel: "Funciona desde:",
        .networkName: "Nombre de la RME:",
        .necesidades: "Principios y necesidades de la RME",
        .objetivo: "Objetivo de la RME",
        .practicas: "Para movilizar el objetivo los integrantes de la RME:",
        .colaboracion: "El trabajo colaborativo se refleja cuando sus integrantes:",
        .ideaFuerza: "Idea fuerza de la RME",
        .aprendizajes: "Principales aprendizajes y logros de la Red de Mejoramiento Escolar de {provincia}",
        .proyeccion: "Proyección y desafíos de la experiencia colaborativa",
    ])
}
