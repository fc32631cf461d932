/// A closed list's values by the compact form of every spelling they accept, folded once.
///
/// `[EnumValue].canonical(for:)` answers with the first value, in the list's
/// order, that accepts the text; the table keeps, for each compact form, the first
/// value accepting it, so a lookup folds the text alone.
struct ChoiceLookup: Sendable {
    /// The list the table was made from.
    let values: [EnumValue]
    /// The canonical form of the first value accepting each compact form.
    private let canonicalByKey: [String: String]

    /// Folds the canonical form and accepted spellings of every value.
    init(_ values: [EnumValue]) {
        var canonicalByKey: [String: String] = [:]
        for value in values {
            for form in [value.canonical] + value.accepted {
                let key = TextKey.compact(form)
                if canonicalByKey[key] == nil { canonicalByKey[key] = value.canonical }
            }
        }
        self.values = values
        self.canonicalByKey = canonicalByKey
    }

    /// The canonical form of a value written in any accepted spelling; `nil` when it is not one of them.
    func canonical(for text: String) -> String? {
        canonicalByKey[TextKey.compact(text)]
    }
}
