import Content

/// One region's figures for its summary card: its experiences and their totals.
///
/// The 2015-2017 edition has one experience per region; later editions may have
/// several, so every figure here is a total or a union over the region's experiences.
/// Every figure is a stored property because templates read values by reflection,
/// which sees stored properties only.
public struct RegionSummary: Sendable {
    public let region: Region
    /// The region's experiences in the edition's order (one or several).
    public let experiences: [Experience]
    /// Provincial departments (DEPROV), each once, in order of first appearance.
    public let provincias: [String]
    /// `dependencia` values of all its networks, each once, in order of first appearance.
    public let dependencia: [String]
    /// `niveles` of all its networks, each once, in order of first appearance.
    public let niveles: [String]
    /// `integrantes` of all its networks, each once, in order of first appearance.
    public let integrantes: [String]
    /// The earliest `desde`: since when the region has had a network.
    public let desde: Int
    /// Number of networks (experiences) in the region.
    public let networks: Int
    /// Schools of all its networks (a school in two networks counts twice, as each network lists it).
    public let schools: Int
    /// Schools per network in the region.
    public let schoolsPerNetwork: Double
    /// `schoolsPerNetwork` for display: "11", or "8,5" when not whole.
    public let schoolsPerNetworkText: String
    /// `provincias` as a phrase ("Iquique", "Valdivia y Ranco").
    public let provinciasText: String
    /// `dependencia` as a phrase ("municipal y particular subvencionado").
    public let dependenciaText: String
    /// `niveles` as a phrase.
    public let nivelesText: String
    /// `integrantes` as a phrase ("directores y jefes técnicos").
    public let integrantesText: String

    /// Builds the summary of one region's experiences; `nil` when there are none.
    public init?(region: Region, experiences: [Experience]) {
        guard let first = experiences.first else { return nil }
        self.region = region
        self.experiences = experiences
        provincias = Self.union(experiences.map { [$0.provincia] })
        dependencia = Self.union(experiences.map(\.dependencia))
        niveles = Self.union(experiences.map(\.niveles))
        integrantes = Self.union(experiences.map(\.integrantes))
        desde = experiences.map(\.desde).min() ?? first.desde
        networks = experiences.count
        schools = experiences.reduce(0) { $0 + $1.establecimientos.count }
        schoolsPerNetwork = Double(schools) / Double(networks)
        schoolsPerNetworkText = SpanishFormat.number(schoolsPerNetwork, maxDigits: 1)
        provinciasText = SpanishFormat.list(provincias)
        dependenciaText = SpanishFormat.list(dependencia)
        nivelesText = SpanishFormat.list(niveles)
        integrantesText = SpanishFormat.list(integrantes)
    }

    /// One summary per region with experiences, in the edition's north-to-south order.
    public static func all(in edition: Edition) -> [RegionSummary] {
        all(of: edition.experiences)
    }

    /// One summary per region, grouping experiences already in region order.
    public static func all(of experiences: [Experience]) -> [RegionSummary] {
        var order: [Region] = []
        var byRegion: [Region: [Experience]] = [:]
        for experience in experiences {
            if byRegion[experience.region] == nil { order.append(experience.region) }
            byRegion[experience.region, default: []].append(experience)
        }
        return order.compactMap { RegionSummary(region: $0, experiences: byRegion[$0] ?? []) }
    }

    /// The values of several lists, each once, in order of first appearance.
    static func union(_ lists: [[String]]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for value in lists.joined() where seen.insert(value).inserted {
            result.append(value)
        }
        return result
    }
}
