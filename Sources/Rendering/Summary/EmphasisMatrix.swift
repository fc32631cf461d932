import Content

/// The 2016 study's process matrix for the experiences that declare `enfasis`.
///
/// Rows are networks, columns the six emphases grouped under the three processes.
/// A network counts towards a process when it marks either of the process's two
/// emphases, and the shares are over the networks in the matrix, not over all the
/// networks of the edition: that is how the study reaches 70 % informative, 50 %
/// collaborative and 20 % cooperative with 10 networks in its matrix (of 15
/// studied), and why the shares may add up to more than 100 %.
public struct EmphasisMatrix: Sendable {
    /// One emphasis column with how many networks mark it.
    public struct Column: Sendable, Hashable {
        public let emphasis: StudyEmphasis
        public let networks: Int
        /// Whole percentage of the matrix's networks; 0 for an empty matrix.
        public let percent: Int
        /// "40 %".
        public let percentText: String
    }

    /// One process: its heading over two columns and the share of networks showing it.
    public struct Group: Sendable, Hashable {
        public let process: StudyProcess
        public let columns: [Column]
        /// Networks marking at least one of the process's emphases.
        public let networks: Int
        public let percent: Int
        /// "70 %".
        public let percentText: String
    }

    /// One cell: whether the network marks that emphasis.
    public struct Cell: Sendable, Hashable {
        public let emphasis: StudyEmphasis
        public let marked: Bool
    }

    /// One network of the matrix.
    public struct Row: Sendable, Hashable {
        public let slug: String
        public let region: String
        public let red: String
        /// Six cells in the matrix's column order.
        public let cells: [Cell]
        /// The ids of the processes the network shows, in the study's order.
        public let processes: [String]
    }

    public let groups: [Group]
    public let rows: [Row]
    /// Experiences of the edition that declare no known emphasis (left out of the matrix).
    public let undeclared: Int

    /// Networks in the matrix: the base of every share.
    public let networks: Int
    /// True when no experience declares `enfasis`: the page says so instead of drawing an empty table.
    /// (Stored, like every figure here, because templates see stored properties only.)
    public let isEmpty: Bool

    /// The matrix of an edition, rows in the edition's region order.
    public init(edition: Edition) {
        self.init(experiences: edition.experiences)
    }

    /// The matrix of experiences already in the order the rows must follow.
    public init(experiences: [Experience]) {
        let emphases = StudyProcess.allEmphases
        var rows: [Row] = []
        for experience in experiences {
            let cells = emphases.map { emphasis in
                Cell(emphasis: emphasis, marked: experience.enfasis.contains(where: emphasis.matches))
            }
            guard cells.contains(where: \.marked) else { continue }
            let processes = StudyProcess.all.filter { process in
                cells.contains { $0.marked && process.emphases.contains($0.emphasis) }
            }
            rows.append(Row(
                slug: experience.slug, region: experience.region.name, red: experience.red,
                cells: cells, processes: processes.map(\.id)
            ))
        }
        let base = rows.count
        groups = StudyProcess.all.map { process in
            let columns = process.emphases.map { emphasis in
                let count = rows.filter { row in row.cells.contains { $0.emphasis == emphasis && $0.marked } }.count
                let percent = SpanishFormat.percentage(count, of: base) ?? 0
                return Column(emphasis: emphasis, networks: count, percent: percent, percentText: SpanishFormat.percent(percent))
            }
            let count = rows.filter { $0.processes.contains(process.id) }.count
            let percent = SpanishFormat.percentage(count, of: base) ?? 0
            return Group(process: process, columns: columns, networks: count, percent: percent, percentText: SpanishFormat.percent(percent))
        }
        self.rows = rows
        networks = rows.count
        isEmpty = rows.isEmpty
        undeclared = experiences.count - rows.count
    }
}
