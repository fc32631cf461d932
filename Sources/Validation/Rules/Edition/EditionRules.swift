/// The Edition rules, in the order they run: they compare the experiences of one edition with each other.
enum EditionRules {
    static let all: [any EditionRule] = [
        DuplicateRegionRule(),
        SamePageRule(),
        MissingRegionsRule(),
    ]
}
