/// Looking values up in the schema the way the contract compares them: without accents, case, spaces or hyphens.
extension Schema {
    /// The region a text names (canonical name, slug or accepted spelling, with or without "Región de").
    ///
    /// Checking asks through `CheckSettings`, whose lookup is folded once for all files.
    public func region(matching text: String) -> RegionSpec? {
        RegionLookup(regions).region(matching: text)
    }

    /// The canonical region name closest to a misspelt text, for a did-you-mean hint.
    public func regionSuggestion(for text: String) -> String? {
        let stripped = RegionNameForms.withoutPrefix(TextKey.of(text))
        var names: [String: String] = [:]
        for spec in regions {
            for form in [spec.region.name] + spec.accepted { names[form] = spec.region.name }
        }
        return Suggestion.closest(to: stripped, among: Array(names.keys).sorted()).flatMap { names[$0] }
    }

    /// The section a heading names, compared as the checker compares headings (its accepted forms too).
    public func sectionSpec(matchingHeading heading: String) -> SectionSpec? {
        HeadingLookup(self).sectionID(forHeading: heading).flatMap { id in sections.first { $0.id == id } }
    }

    /// The experience field a label names: its `etiqueta` or its key, without accents, case or a final colon.
    public func field(matchingLabel label: String) -> FieldSpec? {
        let key = TextKey.of(InvisibleCharacters.removing(from: label))
        guard !key.isEmpty else { return nil }
        return fields.first { TextKey.of($0.displayLabel) == key || TextKey.of($0.name) == key }
    }

    /// The front-matter keys of a kind of document.
    public func fields(for kind: DocumentKind) -> [FieldSpec] {
        switch kind {
        case .experience: fields
        case .frontPage: pageFields
        }
    }

    /// Whether a value is a guide `rme new` left (`«Escriba aquí …»`, see `UnfilledGuide`), or the field's bare guide pasted as the value.
    ///
    /// Any value holding the opening marker counts, as in the body: a guide with a few words typed after it
    /// is still unfinished.
    public func isUnfilledGuide(_ text: String, of field: FieldSpec) -> Bool {
        UnfilledGuide.holdsOpening(text) || (!field.guide.isEmpty && TextKey.of(text) == TextKey.of(field.guide))
    }
}

extension Array where Element == EnumValue {
    /// The canonical form of a value written in any accepted spelling; `nil` when it is not one of them.
    ///
    /// Checking asks through `CheckSettings`, whose lookups are folded once for all files.
    public func canonical(for text: String) -> String? {
        ChoiceLookup(self).canonical(for: text)
    }

    /// The canonical value closest to a misspelt text, for a did-you-mean hint.
    public func suggestion(for text: String) -> String? {
        var names: [String: String] = [:]
        for value in self {
            for form in [value.canonical] + value.accepted { names[form] = value.canonical }
        }
        return Suggestion.closest(to: text, among: [String](names.keys).sorted()).flatMap { names[$0] }
    }
}

/// The forms a region may be written in: "Región del Maule" is "Maule".
enum RegionNameForms {
    /// Compact keys of the text as written and without a leading "Región de", "Región del" or "Región de la".
    static func keys(of text: String) -> Set<String> {
        let key = TextKey.of(text)
        return [TextKey.compact(key), TextKey.compact(withoutPrefix(key))]
    }

    /// The `TextKey` form without "region", then without "de la", "del" or "de".
    static func withoutPrefix(_ key: String) -> String {
        var rest = Substring(key)
        if rest.hasPrefix("region ") { rest = rest.dropFirst("region ".count) }
        for article in ["de la ", "del ", "de "] where rest.hasPrefix(article) {
            rest = rest.dropFirst(article.count)
            break
        }
        return String(rest)
    }
}
