/// The section a mistyped heading most likely meant, for a did-you-mean hint.
enum HeadingSuggestion {
    /// Headings longer than this are compared by their start only: a pasted paragraph is no heading.
    static let comparedLength = 80

    /// The section meant by a heading that names none, when one is close enough.
    ///
    /// First by edit distance on the comparison forms (`Objetivos`, `Conformacíon`,
    /// `Proyeccion y desafios`), against the main heading and every accepted one;
    /// then, failing that, by a long word the heading shares with a single
    /// section (`Desafíos` → Proyección y desafíos, `Logros` → Aprendizajes y logros).
    static func section(for heading: String, in schema: Schema) -> SectionSpec? {
        let key = Array(TextKey.of(InvisibleCharacters.removing(from: heading)).prefix(comparedLength))
        guard !key.isEmpty else { return nil }
        var best: (section: SectionSpec, distance: Int)?
        for section in schema.sections {
            for form in [section.heading] + section.acceptedHeadings {
                let candidate = Array(TextKey.of(form).prefix(comparedLength))
                let distance = Suggestion.editDistance(key, candidate)
                if distance < (best?.distance ?? Int.max) { best = (section, distance) }
            }
        }
        if let best, best.distance <= max(2, key.count / 4) { return best.section }

        let words = Set(String(key).split(separator: " ").filter { $0.count >= 5 })
        let sharing = schema.sections.filter { section in
            ([section.heading] + section.acceptedHeadings).contains { form in
                TextKey.of(form).split(separator: " ").contains { words.contains($0) }
            }
        }
        return sharing.count == 1 ? sharing[0] : nil
    }
}
