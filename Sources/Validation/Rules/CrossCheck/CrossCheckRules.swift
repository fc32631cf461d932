/// The CrossCheck rules, in the order they run, each capped per code and file (see `CappedRule`).
enum CrossCheckRules {
    /// The section whose text both rules read: "de 8 escuelas", "funciona desde 2015".
    static let proseSectionID = "conformacion"

    static let all: [any DocumentRule] = ([
        SchoolCountRule(),
        SinceYearRule(),
    ] as [any DocumentRule]).map { CappedRule($0) }
}
