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
        case partExperiencesSummary
        case acknowledgementsTitle
        case networksTitle
        case networksUnit
        case networksYearHeader
        case networksCountHeader
        case chapterTitle
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
        case bookletBackToEdition

        // The site's pages (edition home, region pages, national summary, archive).
        case sitePageTitle
        case siteEditionTitle
        case siteBreadcrumb
        case siteArchive
        case siteEdition
        case archiveTitle
        case archiveIntro
        case archiveCounts
        case homeReadTitle
        case homeBookletHTML
        case homeBookletPDF
        case homeSummary
        case homeRegionsTitle
        case regionKicker
        case regionCardTitle
        case regionCardNetwork
        case regionCardNetworks
        case regionCardProvince
        case regionCardProvinces
        case regionCardSince
        case regionCardSchools
        case regionCardSchoolsTotal
        case regionCardDependencia
        case regionCardNiveles
        case regionCardIntegrantes
        case regionSchoolsTitle
        case regionSchoolsTitlePlural
        case regionNavLabel
        case regionPrevious
        case regionNext
        case regionBack
        case summaryTitle
        case summaryIntro
        case summaryContents
        case characteristicsTitle
        case characteristicsCaption
        case characteristicsRegion
        case characteristicsProvince
        case characteristicsNetwork
        case characteristicsExtent
        case characteristicsDependencia
        case characteristicsLocalizacion
        case characteristicsNiveles
        case characteristicsSchools
        case characteristicsTotal
        case totalsTitle
        case totalsNetworks
        case totalsSchools
        case totalsMean
        case totalsMinimum
        case totalsMaximum
        case emphasisTitle
        case emphasisIntro
        case emphasisCaption
        case emphasisNetwork
        case emphasisMarked
        case emphasisUnmarked
        case emphasisCount
        case emphasisShare
        case emphasisShareValue
        case emphasisNone
        case emphasisUndeclared
        case tableScrollCue
        case chartsTitle
        case chartData

        // The search page and the search form in every site page's header.
        case searchTitle
        case searchIntro
        case searchLabel
        case searchButton
        case searchFormLabel
        case searchEditionFilter
        case searchRegionFilter
        case searchAnyEdition
        case searchAnyRegion
        case searchNoScript
        case searchFromDisk
        case searchUnavailable
        case pdfFacts
        case bookletPage
        case bookletPages
        case bookletBarLabel
        case bookletBarRead
        case bookletBarPDF
        case bookletBarChapter
        case searchSearching
        case searchNone
        case searchOne
        case searchMany
        case searchFiltersOnly
        case searchResultEdition
        case searchResultBooklet
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
        .partExperiencesSummary: "Las Redes de Mejoramiento Escolar de cada región, {periodo}",
        .acknowledgementsTitle: "Agradecimientos",
        .networksTitle: "Redes de Mejoramiento Escolar por año",
        .networksUnit: "RME",
        .networksYearHeader: "Año",
        .networksCountHeader: "Redes en funcionamiento",
        .chapterTitle: "Experiencia colaborativa de la Red de Mejoramiento Escolar {region}",
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
        .sitePageTitle: "{pagina} · {edicion}",
        .siteEditionTitle: "{titulo} ({periodo})",
        .siteBreadcrumb: "Ruta de navegación",
        .siteArchive: "Ediciones",
        .siteEdition: "Edición {periodo}",
        .archiveTitle: "Experiencias colaborativas en Redes de Mejoramiento Escolar: ediciones",
        .archiveIntro: "Cada edición reúne las experiencias de las redes de todas las regiones del país. Se listan de la más reciente a la más antigua.",
        .archiveCounts: "{redes} redes · {establecimientos} establecimientos",
        .homeReadTitle: "Leer la edición",
        .homeBookletHTML: "Cuadernillo completo, para leer en el navegador",
        .homeBookletPDF: "Cuadernillo completo en PDF, para imprimir",
        .homeSummary: "Resumen nacional: características de las redes, énfasis y gráficos",
        .homeRegionsTitle: "Experiencias por región",
        .regionKicker: "Región",
        .regionCardTitle: "Resumen de la región",
        .regionCardNetwork: "Red",
        .regionCardNetworks: "Redes",
        .regionCardProvince: "Provincia",
        .regionCardProvinces: "Provincias",
        .regionCardSince: "Funciona desde",
        .regionCardSchools: "Establecimientos",
        .regionCardSchoolsTotal: "{total} en {redes} redes ({promedio} por red)",
        .regionCardDependencia: "Dependencia",
        .regionCardNiveles: "Niveles",
        .regionCardIntegrantes: "Integrantes",
        .regionSchoolsTitle: "Establecimientos de la red",
        .regionSchoolsTitlePlural: "Establecimientos de las redes",
        .regionNavLabel: "Otras regiones",
        .regionPrevious: "Región anterior:",
        .regionNext: "Región siguiente:",
        .regionBack: "Todas las regiones de la edición",
        .summaryTitle: "Resumen nacional",
        .summaryIntro: "Cifras calculadas a partir de los datos que cada región declaró al presentar la experiencia de su red.",
        .summaryContents: "En esta página",
        .characteristicsTitle: "Características de las redes",
        .characteristicsCaption: "Características de las redes, una fila por red, de norte a sur",
        .characteristicsRegion: "Región",
        .characteristicsProvince: "DEPROV",
        .characteristicsNetwork: "Red",
        .characteristicsExtent: "Extensión (comunas)",
        .characteristicsDependencia: "Dependencia",
        .characteristicsLocalizacion: "Localización",
        .characteristicsNiveles: "Niveles",
        .characteristicsSchools: "N.º de establecimientos",
        .characteristicsTotal: "Total",
        .totalsTitle: "Totales",
        .totalsNetworks: "Redes",
        .totalsSchools: "Establecimientos",
        .totalsMean: "Establecimientos por red (promedio)",
        .totalsMinimum: "Mínimo de establecimientos en una red",
        .totalsMaximum: "Máximo de establecimientos en una red",
        .emphasisTitle: "Énfasis de los procesos de las redes",
        .emphasisIntro: "Procesos que enfatiza cada red que declara énfasis, según la matriz del estudio de implementación de las redes de 2016. Una red cuenta en un proceso si marca al menos uno de sus dos énfasis.",
        .emphasisCaption: "Matriz de procesos de las redes que declaran énfasis",
        .emphasisNetwork: "Red",
        .emphasisMarked: "Sí",
        .emphasisUnmarked: "No",
        .emphasisCount: "Redes con este énfasis",
        .emphasisShare: "Redes por proceso",
        .emphasisShareValue: "{redes} de {total} ({porcentaje})",
        .emphasisNone: "Ninguna experiencia de esta edición declara énfasis (la clave «enfasis»), así que no hay matriz de procesos que mostrar.",
        .emphasisUndeclared: "Redes que no declaran énfasis y no figuran en la matriz: {cantidad}.",
        .tableScrollCue: "La tabla es más ancha que la pantalla: deslícela hacia el lado para ver todas sus columnas →",
        .chartsTitle: "Gráficos",
        .chartData: "Datos del gráfico en una tabla",
        .searchTitle: "Buscar en las ediciones",
        .searchIntro: "Busque en las experiencias de todas las regiones y ediciones. Se buscan las palabras sin distinguir mayúsculas ni tildes: «aysen» encuentra Aysén.",
        .searchLabel: "Palabras a buscar",
        .searchButton: "Buscar",
        .searchFormLabel: "Buscar en las ediciones",
        .searchEditionFilter: "Edición",
        .searchRegionFilter: "Región",
        .searchAnyEdition: "Todas las ediciones",
        .searchAnyRegion: "Todas las regiones",
        .searchNoScript: "La búsqueda necesita JavaScript, que este navegador tiene desactivado. Cada edición lista sus regiones en su página de inicio.",
        .searchFromDisk: "La búsqueda no funciona con las páginas abiertas directamente desde el disco (una dirección que empieza por file://): el navegador no deja que la página lea el índice de búsqueda. Ábralas con «rme serve» (http://127.0.0.1:8020/buscar.html) o en el sitio publicado.",
        .searchUnavailable: "El índice de búsqueda no está disponible: este sitio se generó sin él (falta Pagefind, o se usó «rme build --sin-busqueda»). Cada edición lista sus regiones en su página de inicio.",
        .pdfFacts: "{paginas} páginas, {tamano}",
        .bookletPage: "página {pagina}",
        .bookletPages: "páginas {desde}–{hasta}",
        .bookletBarLabel: "El cuadernillo",
        .bookletBarRead: "Leer el cuadernillo",
        .bookletBarPDF: "Descargar el PDF",
        .bookletBarChapter: "En el cuadernillo: {paginas}",
        .bookletBackToEdition: "Volver a la edición {periodo}",
        .searchSearching: "Buscando…",
        .searchNone: "Sin resultados para {consulta}. Pruebe con otras palabras o quite un filtro.",
        .searchOne: "1 resultado para {consulta}.",
        .searchMany: "{cantidad} resultados para {consulta}.",
        .searchFiltersOnly: "los filtros elegidos",
        .searchResultEdition: "Edición {periodo}",
        .searchResultBooklet: "Leer el capítulo en el cuadernillo",
    ])
}
