/// The Body rules, in the order they run.
enum BodyRules {
    static let all: [any DocumentRule] = []
}
