/// The FrontMatter rules, in the order they run.
enum FrontMatterRules {
    static let all: [any DocumentRule] = []
}
