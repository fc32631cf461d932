/// The CrossCheck rules, in the order they run.
enum CrossCheckRules {
    static let all: [any DocumentRule] = [
        SchoolCountRule(),
        SinceYearRule(),
    ]
}
