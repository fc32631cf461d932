/// The Safety rules, in the order they run, each capped per code and file (see `CappedRule`).
enum SafetyRules {
    static let all: [any DocumentRule] = ([
        RawHTMLRule(),
        UnsafeLinkRule(),
        UnsafeReferenceDefinitionRule(),
        ImageRule(),
        BidiControlRule(),
        ControlCharacterRule(),
        InvisibleHeadingCharacterRule(),
    ] as [any DocumentRule]).map { CappedRule($0) }
}
