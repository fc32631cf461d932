/// The FrontMatter rules, in the order they run. They read the composed YAML tree, never typed values,
/// so every finding keeps its line; each value is judged by one rule only (shape, trap, then content).
enum FrontMatterRules {
    static let all: [any DocumentRule] = [
        MissingKeyRule(),
        UnknownKeyRule(),
        MergeKeyRule(),
        EmptyValueRule(),
        ValueTypeRule(),
        UnfilledGuideValueRule(),
        YAMLTrapRule(),
        TypographicQuotesRule(),
        YearRule(),
        RegionValueRule(),
        ChoiceValueRule(),
        ListLengthRule(),
        TextLengthRule(),
        LongWordValueRule(),
        RegionSpellingValueRule(),
        DuplicateItemRule(),
    ]
}
