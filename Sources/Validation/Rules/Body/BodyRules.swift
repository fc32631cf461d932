/// The Body rules, in the order they run, each capped per code and file (see `CappedRule`).
enum BodyRules {
    static let all: [any DocumentRule] = ([
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
        LongWordRule(),
        RegionSpellingRule(),
        UnfilledGuideRule(),
    ] as [any DocumentRule]).map { CappedRule($0) }
}
