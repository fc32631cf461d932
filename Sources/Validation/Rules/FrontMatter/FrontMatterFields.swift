import Content
import Diagnostics

/// One key of the front matter that the schema knows, with its value.
struct FrontMatterField {
    let spec: FieldSpec
    let key: YAMLNode
    let value: YAMLNode

    /// The scalars where one text is expected: the value itself, or each item of a list.
    var expectedScalars: [YAMLNode] {
        if spec.type.isList {
            return value.sequence?.filter { $0.scalar != nil } ?? []
        }
        return value.scalar != nil ? [value] : []
    }
}

extension FieldType {
    /// Whether the value is a list.
    var isList: Bool {
        switch self {
        case .textList, .choiceList: true
        case .text, .year, .region, .choice: false
        }
    }

    /// Whether each value (or each item) is a text, as opposed to a year.
    var expectsText: Bool {
        if case .year = self { return false }
        return true
    }
}

extension DocumentContext {
    /// The front matter's pairs, when it composed into a mapping; `nil` when absent, refused or not a mapping.
    var frontMatterPairs: [YAMLPair]? {
        frontMatter?.mapping
    }

    /// The keys the schema knows for this kind of document, first occurrence only, in file order.
    func knownFields(_ schema: Schema) -> [FrontMatterField] {
        guard let pairs = frontMatterPairs else { return [] }
        let specs = schema.fields(for: kind)
        var seen: Set<String> = []
        return pairs.compactMap { pair in
            guard let name = pair.key.scalar, let spec = specs.first(where: { $0.name == name }),
                  seen.insert(name).inserted else { return nil }
            return FrontMatterField(spec: spec, key: pair.key, value: pair.value)
        }
    }

    /// A front-matter diagnostic about this file.
    func frontMatterDiagnostic(
        _ code: String, _ severity: Severity = .error, at range: SourceRange?, es: String, en: String,
        hintES: String? = nil, hintEN: String? = nil
    ) -> Diagnostic {
        diagnostic("front-matter.\(code)", severity, at: range, es: es, en: en, hintES: hintES, hintEN: hintEN)
    }
}

extension SchemaIndex {
    /// A scalar's text when it is an ordinary value the value rules should judge: text as written,
    /// not empty, not a YAML 1.1 trap or number (their own rules report those), not an unfilled guide, not
    /// wrapped in Word's curly quotes (`TypographicQuotesRule` reports those).
    func plainValue(_ node: YAMLNode, of field: FieldSpec) -> String? {
        guard let text = node.scalar, PlainScalarMeaning.of(node) == .text,
              !text.allSatisfy(\.isWhitespace), !isUnfilledGuide(text, of: field),
              TypographicQuotes.unwrapped(text) == nil else { return nil }
        return text
    }
}
