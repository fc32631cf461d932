/// The Safety rules, in the order they run.
enum SafetyRules {
    static let all: [any DocumentRule] = [
        RawHTMLRule(),
        UnsafeLinkRule(),
        UnsafeReferenceDefinitionRule(),
        BidiControlRule(),
        InvisibleHeadingCharacterRule(),
    ]
}
