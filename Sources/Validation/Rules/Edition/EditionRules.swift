/// The Edition rules, in the order they run.
enum EditionRules {
    static let all: [any EditionRule] = []
}
