/// The part of pandoc's document model (pandoc-types 1.22/1.23, its JSON form) that a Word experience uses.
///
/// Read from `pandoc -t json` and written for `pandoc -f json`: the JSON is pandoc's stable interface, where its
/// Markdown output would have to be parsed again and guessed at. Anything this model does not name is kept as
/// `other` with its tag, so the importer can report it instead of losing it silently.
public struct PandocDocument: Sendable, Equatable {
    /// `pandoc-api-version`, as pandoc wrote it (written back unchanged).
    public var apiVersion: [Int]
    /// The document's title from its metadata (Word's «Título» style), when it has one.
    public var title: [PandocInline]
    public var blocks: [PandocBlock]
    /// The document's language (`lang`, a BCP 47 tag), which Word uses for spelling; written only.
    public var language: String?

    public init(apiVersion: [Int], title: [PandocInline] = [], blocks: [PandocBlock], language: String? = nil) {
        self.apiVersion = apiVersion
        self.title = title
        self.blocks = blocks
        self.language = language
    }
}

/// Identifier, classes and key-value attributes of a pandoc element.
public struct PandocAttributes: Sendable, Equatable {
    public var identifier: String
    public var classes: [String]
    public var pairs: [[String]]

    public init(identifier: String = "", classes: [String] = [], pairs: [[String]] = []) {
        self.identifier = identifier
        self.classes = classes
        self.pairs = pairs
    }

    public static let none = PandocAttributes()
}

/// One block element.
public indirect enum PandocBlock: Sendable, Equatable {
    case plain([PandocInline])
    case paragraph([PandocInline])
    case lineBlock([[PandocInline]])
    case codeBlock(String)
    case rawBlock(format: String, text: String)
    case blockQuote([PandocBlock])
    case orderedList(start: Int, items: [[PandocBlock]])
    case bulletList([[PandocBlock]])
    case definitionList([(term: [PandocInline], definitions: [[PandocBlock]])])
    case header(level: Int, PandocAttributes, [PandocInline])
    case horizontalRule
    case table(PandocTable)
    case division(PandocAttributes, [PandocBlock])
    /// A block this model does not name (pandoc's `Figure` in 1.23, `Null`), with its tag.
    case other(String)

    public static func == (lhs: PandocBlock, rhs: PandocBlock) -> Bool {
        switch (lhs, rhs) {
        case (.plain(let a), .plain(let b)), (.paragraph(let a), .paragraph(let b)): a == b
        case (.lineBlock(let a), .lineBlock(let b)): a == b
        case (.codeBlock(let a), .codeBlock(let b)), (.other(let a), .other(let b)): a == b
        case (.rawBlock(let f, let t), .rawBlock(let g, let u)): f == g && t == u
        case (.blockQuote(let a), .blockQuote(let b)): a == b
        case (.orderedList(let s, let a), .orderedList(let t, let b)): s == t && a == b
        case (.bulletList(let a), .bulletList(let b)): a == b
        case (.definitionList(let a), .definitionList(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.term == $1.term && $0.definitions == $1.definitions }
        case (.header(let l, let x, let a), .header(let m, let y, let b)): l == m && x == y && a == b
        case (.horizontalRule, .horizontalRule): true
        case (.table(let a), .table(let b)): a == b
        case (.division(let x, let a), .division(let y, let b)): x == y && a == b
        default: false
        }
    }
}

/// A table: its rows in order (head, bodies, foot), each a list of cells holding blocks.
///
/// Pandoc's table also has column widths, alignments and spans; the importer needs only the cells, and the
/// template writes its two columns with the widths given here.
public struct PandocTable: Sendable, Equatable {
    /// Column widths as fractions of the text width; empty for pandoc's defaults.
    public var columnWidths: [Double]
    public var headRows: [[[PandocBlock]]]
    public var bodyRows: [[[PandocBlock]]]

    public init(columnWidths: [Double] = [], headRows: [[[PandocBlock]]] = [], bodyRows: [[[PandocBlock]]]) {
        self.columnWidths = columnWidths
        self.headRows = headRows
        self.bodyRows = bodyRows
    }

    /// Every row, the head's first.
    public var rows: [[[PandocBlock]]] { headRows + bodyRows }
}

/// One inline element.
public indirect enum PandocInline: Sendable, Equatable {
    case text(String)
    case emphasis([PandocInline])
    case underline([PandocInline])
    case strong([PandocInline])
    case strikeout([PandocInline])
    case superscript([PandocInline])
    case `subscript`([PandocInline])
    case smallCaps([PandocInline])
    case quoted(double: Bool, [PandocInline])
    case code(String)
    case space
    case softBreak
    case lineBreak
    case math(String)
    case rawInline(format: String, text: String)
    case link([PandocInline], url: String)
    case image([PandocInline], url: String)
    /// A footnote's content.
    case note([PandocBlock])
    case span(PandocAttributes, [PandocInline])
    /// A citation's rendered text.
    case cite([PandocInline])
}
