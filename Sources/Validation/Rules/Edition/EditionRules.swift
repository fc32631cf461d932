/// The Edition rules, in the order they run: they look at the files of one edition together.
enum EditionRules {
    static let all: [any EditionRule] = [
        DuplicateRegionRule(),
        FileNameRule(),
        SamePageRule(),
        MissingRegionsRule(),
    ]
}
