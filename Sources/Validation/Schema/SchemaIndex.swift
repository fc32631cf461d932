/// The schema's own texts in comparison form, folded once per check rather than for every value of every file.
///
/// Folding (`TextKey`) is what comparing costs; the schema's headings, region
/// names, closed lists and guides stay the same for a whole check, so
/// `CheckSettings` keeps them folded beside the schema. Every lookup answers
/// exactly as the `Schema` method it stands for (`SchemaIndexTests`).
struct SchemaIndex: Sendable {
    /// The schema the index was made from.
    let schema: Schema
    let headings: HeadingLookup
    let regions: RegionLookup
    /// The region names' other spellings, found by the `region-spelling` checks.
    let regionSpellings: RegionSpellings
    /// Each closed list of the schema's fields, experience and front-page ones.
    private let choiceLists: [ChoiceLookup]
    /// The comparison form of each field's guide, by the guide's text.
    private let guideKeys: [String: String]

    /// Folds everything the rules compare values with.
    init(_ schema: Schema) {
        self.schema = schema
        headings = HeadingLookup(schema)
        regions = RegionLookup(schema.regions)
        regionSpellings = RegionSpellings(schema.regions)
        var choiceLists: [ChoiceLookup] = []
        var guideKeys: [String: String] = [:]
        for field in schema.fields + schema.pageFields {
            switch field.type {
            case .choice(let values), .choiceList(let values): choiceLists.append(ChoiceLookup(values))
            default: break
            }
            if !field.guide.isEmpty { guideKeys[field.guide] = TextKey.of(field.guide) }
        }
        self.choiceLists = choiceLists
        self.guideKeys = guideKeys
    }

    /// The lookup of a closed list: the one made with the index when the list is the schema's, else a new one.
    ///
    /// The lists handed to the rules are the schema's own arrays, which compare equal
    /// at once (same storage), so the search costs a comparison or two per call.
    func choices(_ values: [EnumValue]) -> ChoiceLookup {
        choiceLists.first { $0.values == values } ?? ChoiceLookup(values)
    }

    /// Whether a value is a guide `rme new` left, as `Schema.isUnfilledGuide` says, with the guide folded once.
    func isUnfilledGuide(_ text: String, of field: FieldSpec) -> Bool {
        guard !UnfilledGuide.holdsOpening(text) else { return true }
        guard !field.guide.isEmpty else { return false }
        return TextKey.of(text) == (guideKeys[field.guide] ?? TextKey.of(field.guide))
    }
}
