import Content

/// The 2016 study's table of network characteristics, one row per experience, with totals.
///
/// The study's columns are REGIÓN, DEPROV, EXTENSIÓN, DEPENDENCIA, LOCALIZACIÓN,
/// NIVEL ESTAB. and NÚMERO ESTAB.; each row here carries them as display text
/// (and the lists behind them), in the edition's north-to-south order.
public struct CharacteristicsTable: Sendable {
    /// One network: the study's columns for one experience.
    public struct Row: Sendable, Hashable {
        /// The experience's slug, for links to its region page or booklet anchor.
        public let slug: String
        /// REGIÓN: the region's canonical name.
        public let region: String
        public let regionSlug: String
        /// DEPROV: the provincial department.
        public let provincia: String
        /// The network's name.
        public let red: String
        /// EXTENSIÓN: the comunas joined ("Calama", "Freire y Pitrufquén"), or "—" when the file names none.
        public let extent: String
        public let comunas: [String]
        /// DEPENDENCIA joined ("municipal y particular subvencionado").
        public let dependencia: String
        /// LOCALIZACIÓN, or "—" when the file does not say.
        public let localizacion: String
        /// NIVEL ESTAB., one item per level (the study prints them as a bullet list).
        public let niveles: [String]
        /// The levels joined into one phrase, for places where a list does not fit.
        public let nivelesText: String
        /// NÚMERO ESTAB.: the length of `establecimientos`.
        public let schools: Int
    }

    /// The figures under the table.
    public struct Totals: Sendable, Hashable {
        public let networks: Int
        public let schools: Int
        /// Schools per network; `nil` for an edition without experiences.
        public let mean: Double?
        /// The mean with one decimal and a decimal comma ("8,9"), or "—".
        public let meanText: String
        /// The fewest schools of one network; `nil` without experiences.
        public let minimum: Int?
        /// The most schools of one network; `nil` without experiences.
        public let maximum: Int?
    }

    /// Shown where the front matter leaves a column empty.
    public static let missing = "—"

    public let rows: [Row]
    public let totals: Totals

    /// The table of an edition, rows in the edition's region order.
    public init(edition: Edition) {
        self.init(experiences: edition.experiences)
    }

    /// The table of experiences already in the order the rows must follow.
    public init(experiences: [Experience]) {
        rows = experiences.map(Self.row)
        let counts = rows.map(\.schools)
        let schools = counts.reduce(0, +)
        let mean: Double? = counts.isEmpty ? nil : Double(schools) / Double(counts.count)
        totals = Totals(
            networks: rows.count,
            schools: schools,
            mean: mean,
            meanText: mean.map { SpanishFormat.decimal($0, digits: 1) } ?? Self.missing,
            minimum: counts.min(),
            maximum: counts.max()
        )
    }

    /// The study's columns for one experience.
    static func row(_ experience: Experience) -> Row {
        Row(
            slug: experience.slug,
            region: experience.region.name,
            regionSlug: experience.region.slug,
            provincia: experience.provincia,
            red: experience.red,
            extent: experience.comunas.isEmpty ? missing : SpanishFormat.list(experience.comunas),
            comunas: experience.comunas,
            dependencia: SpanishFormat.list(experience.dependencia),
            localizacion: experience.localizacion ?? missing,
            niveles: experience.niveles,
            nivelesText: SpanishFormat.list(experience.niveles),
            schools: experience.establecimientos.count
        )
    }
}
