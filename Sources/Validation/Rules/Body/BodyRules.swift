/// The Body rules, in the order they run.
enum BodyRules {
    static let all: [any DocumentRule] = [
        EmptyBodyRule(),
        PreambleRule(),
        UnknownHeadingRule(),
        HeadingLevelRule(),
        DuplicateSectionRule(),
        SectionOrderRule(),
        MissingSectionRule(),
        EmptySectionRule(),
        SectionKindRule(),
        UnexpectedBlockRule(),
        FakeListRule(),
        SectionWordsRule(),
        ListItemsRule(),
        ItemWordsRule(),
        UnfilledGuideRule(),
    ]
}
