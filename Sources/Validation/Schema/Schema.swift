import Content

/// The contract with the regions in machine-readable form (`Content/schema.yaml`).
public struct Schema: Sendable, Equatable {
    /// Regions in the official north-to-south order.
    public var regions: [RegionSpec]
    /// Front-matter keys, in the order `rme new` writes them.
    public var fields: [FieldSpec]
    /// Body sections, in the order they must appear.
    public var sections: [SectionSpec]
    /// Front-matter keys of the front pages (`paginas/*.md`).
    public var pageFields: [FieldSpec]
    /// Largest experience file accepted, in bytes.
    public var maxFileBytes: Int
    /// Whether an edition holds at most one experience per region (the 2018 booklet does).
    public var onePerRegion: Bool
    /// Longest run of characters without a breakable space a text may hold (`archivo.caracteres_seguidos`).
    public var unbreakableRun: Limit

    public init(
        regions: [RegionSpec], fields: [FieldSpec], sections: [SectionSpec], maxFileBytes: Int, onePerRegion: Bool,
        pageFields: [FieldSpec] = [], unbreakableRun: Limit = Schema.defaultUnbreakableRun
    ) {
        self.regions = regions
        self.fields = fields
        self.sections = sections
        self.maxFileBytes = maxFileBytes
        self.onePerRegion = onePerRegion
        self.pageFields = pageFields
        self.unbreakableRun = unbreakableRun
    }

    /// The run limit a schema without `archivo.caracteres_seguidos` gets: the one `Content/schema.yaml` states.
    public static let defaultUnbreakableRun = Limit(warning: 60, error: 300)

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }
    public func section(_ id: String) -> SectionSpec? { sections.first { $0.id == id } }
}

/// One region: canonical name, slug, how it follows "de", and the spellings accepted for it.
public struct RegionSpec: Sendable, Equatable {
    public var region: Region
    /// Extra spellings (compared without accents or case): "arica", "rm", "santiago".
    public var accepted: [String]

    public init(region: Region, accepted: [String]) {
        self.region = region
        self.accepted = accepted
    }
}

/// A value of a closed list: canonical form and accepted spellings.
public struct EnumValue: Sendable, Hashable {
    public var canonical: String
    public var accepted: [String]

    public init(canonical: String, accepted: [String] = []) {
        self.canonical = canonical
        self.accepted = accepted
    }
}

/// What a front-matter value must be.
public enum FieldType: Sendable, Hashable {
    /// One line of text.
    case text
    /// A year between the schema's minimum and the current year.
    case year
    /// One of the schema's regions.
    case region
    /// One value of a closed list.
    case choice([EnumValue])
    /// A list of texts.
    case textList
    /// A list of values of a closed list.
    case choiceList([EnumValue])
}

/// Warning and error thresholds for one measure; either may be absent.
///
/// Each is the most accepted without that diagnostic: with `warning: 10`,
/// 10 items pass and 11 give a warning.
public struct Limit: Sendable, Hashable {
    public var warning: Int?
    public var error: Int?

    public init(warning: Int? = nil, error: Int? = nil) {
        self.warning = warning
        self.error = error
    }
}

/// One front-matter key.
public struct FieldSpec: Sendable, Equatable {
    public var name: String
    public var type: FieldType
    public var required: Bool
    /// For lists: fewest and most items.
    public var minItems: Int?
    public var maxItems: Int?
    /// For texts (and each text of a list): most characters.
    public var maxCharacters: Int?
    /// For years: earliest accepted (latest is the current year).
    public var minYear: Int?
    /// One-line Spanish guide, used by `rme new` and the JSON Schema description.
    public var guide: String
    /// Typical values of an open list (`integrantes`), for `rme new` and JSON Schema `examples`.
    public var examples: [String]
    /// How people call the key (`Localización` for `localizacion`): the Word template's row label; `nil` when the
    /// schema gives none, and then `displayLabel` is the key with a capital.
    public var label: String?

    public init(
        name: String, type: FieldType, required: Bool, minItems: Int? = nil, maxItems: Int? = nil,
        maxCharacters: Int? = nil, minYear: Int? = nil, guide: String = "", examples: [String] = [], label: String? = nil
    ) {
        self.name = name
        self.type = type
        self.required = required
        self.minItems = minItems
        self.maxItems = maxItems
        self.maxCharacters = maxCharacters
        self.minYear = minYear
        self.guide = guide
        self.examples = examples
        self.label = label
    }

    /// The label people read: the schema's `etiqueta`, or the key with its first letter in capitals.
    public var displayLabel: String {
        label ?? (name.prefix(1).uppercased() + name.dropFirst())
    }
}

/// How a section's content must be shaped.
public enum SectionKind: String, Sendable {
    /// One or more paragraphs.
    case paragraphs
    /// Exactly one bullet list.
    case bulletList
}

/// One `##` section of the body.
public struct SectionSpec: Sendable, Equatable {
    public var id: String
    /// The heading written by `rme new` and shown in messages.
    public var heading: String
    /// Every heading accepted for it (compared without accents, case or final colon), the seed's long forms included.
    public var acceptedHeadings: [String]
    public var kind: SectionKind
    public var required: Bool
    public var words: Limit?
    public var items: Limit?
    /// Words in one list item.
    public var wordsPerItem: Limit?
    /// One-line Spanish guide, used by `rme new`.
    public var guide: String

    public init(
        id: String, heading: String, acceptedHeadings: [String], kind: SectionKind, required: Bool,
        words: Limit? = nil, items: Limit? = nil, wordsPerItem: Limit? = nil, guide: String = ""
    ) {
        self.id = id
        self.heading = heading
        self.acceptedHeadings = acceptedHeadings
        self.kind = kind
        self.required = required
        self.words = words
        self.items = items
        self.wordsPerItem = wordsPerItem
        self.guide = guide
    }
}
