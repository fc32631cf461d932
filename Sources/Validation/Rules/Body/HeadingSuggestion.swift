/// The section a mistyped heading most likely meant, for a did-you-mean hint.
///
/// Made once per document: the accepted headings are folded to their
/// comparison form once, and each distinct heading is measured once.
final class HeadingSuggestion {
    /// Headings longer than this are compared by their start only: a pasted paragraph is no heading.
    static let comparedLength = 80

    private let forms: [(section: SectionSpec, key: [Character], words: Set<String>)]
    private var memo: [String: SectionSpec?] = [:]

    /// Folds the schema's headings once.
    init(schema: Schema) {
        forms = schema.sections.flatMap { section in
            ([section.heading] + section.acceptedHeadings).map { form in
                let key = TextKey.of(form)
                let words = Set(key.split(separator: " ").map(String.init))
                return (section, Array(key.prefix(Self.comparedLength)), words)
            }
        }
    }

    /// The section meant by a heading that names none, when one is close enough.
    ///
    /// First by edit distance on the comparison forms (`Objetibo`, `Conformacíon`,
    /// `Proyeccion y desafio`), against the main heading and every accepted one;
    /// then, failing that, by a long word the heading shares with a single
    /// section (`Nuestros desafíos` → Proyección y desafíos, `Logros` → Aprendizajes y logros).
    func section(for heading: String) -> SectionSpec? {
        let text = TextKey.of(InvisibleCharacters.removing(from: heading))
        if let known = memo[text] { return known }
        let found = measure(Array(text.prefix(Self.comparedLength)))
        memo[text] = found
        return found
    }

    /// The closest section by edit distance, else by a shared long word.
    private func measure(_ key: [Character]) -> SectionSpec? {
        guard !key.isEmpty else { return nil }
        let allowed = max(2, key.count / 4)
        var best: (section: SectionSpec, distance: Int)?
        for form in forms where abs(form.key.count - key.count) <= allowed {
            // The length difference bounds the distance from below: far longer or shorter forms cannot be close.
            let distance = Suggestion.editDistance(key, form.key)
            if distance < (best?.distance ?? Int.max) { best = (form.section, distance) }
        }
        if let best, best.distance <= allowed { return best.section }

        let words = String(key).split(separator: " ").map(String.init).filter { $0.count >= 5 }
        var sharing: [String: SectionSpec] = [:]
        for form in forms where words.contains(where: { form.words.contains($0) }) {
            sharing[form.section.id] = form.section
        }
        return sharing.count == 1 ? sharing.first?.value : nil
    }
}
