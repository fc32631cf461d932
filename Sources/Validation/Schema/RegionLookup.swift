/// The schema's regions by the compact form of every spelling they accept, folded once.
///
/// `Schema.region(matching:)` answers with the first region, in the schema's
/// order, that accepts the text in any of its forms; the table keeps, for each
/// compact form, the first region accepting it, so a lookup is two dictionary
/// reads instead of folding every region's every spelling again.
struct RegionLookup: Sendable {
    private let regions: [RegionSpec]
    /// The position in `regions` of the first region accepting each compact form.
    private let firstByKey: [String: Int]

    /// Folds the canonical name, slug and accepted spellings of every region.
    init(_ regions: [RegionSpec]) {
        var firstByKey: [String: Int] = [:]
        for (position, spec) in regions.enumerated() {
            for form in [spec.region.name, spec.region.slug] + spec.accepted {
                let key = TextKey.compact(form)
                if firstByKey[key] == nil { firstByKey[key] = position }
            }
        }
        self.regions = regions
        self.firstByKey = firstByKey
    }

    /// The region a text names (canonical name, slug or accepted spelling, with or without "Región de").
    func region(matching text: String) -> RegionSpec? {
        RegionNameForms.keys(of: text).compactMap { firstByKey[$0] }.min().map { regions[$0] }
    }
}
