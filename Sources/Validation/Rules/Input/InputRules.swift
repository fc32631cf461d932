/// The Input rules, in the order they run: the file's bytes, its fences, then its YAML.
enum InputRules {
    static let all: [any DocumentRule] = [
        ReadErrorRule(),
        TextEncodingRule(),
        EmptyFileRule(),
        FileSizeRule(),
        FrontMatterFenceRule(),
        YAMLRefusedFeatureRule(),
        YAMLControlCharacterRule(),
        YAMLWhitespaceRule(),
        YAMLDepthRule(),
        YAMLSyntaxRule(),
        YAMLDuplicateKeyRule(),
        YAMLNotMappingRule(),
        BodyTooComplexRule(),
    ]
}
