import Markup

/// One edition in the archive index at the top of the output.
public struct ArchiveEntry: Sendable, Hashable {
    /// The edition's folder ("2015-2017"); the archive lists editions by it, newest first.
    public let id: String
    public let title: String
    /// The period as shown, a range of years with an en dash (`YearRange`): typeset here as well as in
    /// `EditionInfo`, for an edition kept from an older build, whose manifest holds «2015 - 2017».
    public let period: String
    /// The page the entry links to, relative to the output folder ("2015-2017/index.html").
    public let page: String
    /// How many networks and schools the edition gathers; `nil` when unknown (an old manifest).
    public var networks: Int?
    public var schools: Int?
    /// The edition's PDF, when it has one.
    public var pdf: BookletPDFFacts?

    /// An entry linking to `page`, by default the edition's home.
    public init(id: String, title: String, period: String, page: String? = nil, networks: Int? = nil, schools: Int? = nil,
                pdf: BookletPDFFacts? = nil) {
        self.id = id
        self.title = title
        self.period = YearRange.typeset(period)
        self.page = page ?? id + "/" + SitePaths.home
        self.networks = networks
        self.schools = schools
        self.pdf = pdf
    }

    /// The entry's fields as one line, for the build cache (the archive is keyed by its entries).
    public var fingerprint: String {
        [id, title, period, page, networks.map(String.init) ?? "?", schools.map(String.init) ?? "?", pdf?.fingerprint ?? "no-pdf"]
            .joined(separator: "\u{1F}")
    }
}
