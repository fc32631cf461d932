/// The CrossCheck rules, in the order they run, each capped per code and file (see `CappedRule`).
enum CrossCheckRules {
    static let all: [any DocumentRule] = ([
        SchoolCountRule(),
        SinceYearRule(),
    ] as [any DocumentRule]).map { CappedRule($0) }
}
