import Content
import Diagnostics

/// One check over one file. Every rule runs on every file; each adds what it finds.
public protocol DocumentRule: Sendable {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic])
}

/// One check across the files of an edition (duplicates, missing regions).
///
/// Edition rules read the facts each file's check kept (`EditionFacts`), not the parsed files, so they can run
/// over cached results when only one file of the edition changed.
public protocol EditionRule: Sendable {
    func check(_ files: [EditionFacts], _ settings: CheckSettings, into diagnostics: inout [Diagnostic])
}

/// What every rule may consult besides the file: the schema and the date.
public struct CheckSettings: Sendable {
    public var schema: Schema {
        didSet { index = SchemaIndex(schema) }
    }
    /// The latest year accepted in `desde` (the current year, fixed in tests).
    public var currentYear: Int
    /// The schema's headings, regions, closed lists and guides folded once, kept in step with `schema`.
    private(set) var index: SchemaIndex

    public init(schema: Schema, currentYear: Int) {
        self.schema = schema
        self.currentYear = currentYear
        self.index = SchemaIndex(schema)
    }
}

/// What kind of file a document is; rules that concern only experiences skip the rest.
public enum DocumentKind: String, Codable, Sendable {
    case experience
    case frontPage
}

/// A loaded file with what the rules share: its kind and its body cut into sections.
public struct DocumentContext: Sendable {
    public let document: LoadedDocument
    public let kind: DocumentKind
    /// The body cut at its headings; `nil` when the body was not parsed.
    public let sections: BodySections?
    /// The words of an experience's first `Conformación` part, read once for the two cross-check rules that
    /// compare them with the front matter; `nil` for front pages, or without that part or a readable source.
    let proseWords: [ProseWords.Word]?

    public init(document: LoadedDocument, kind: DocumentKind, schema: Schema) {
        self.init(document: document, kind: kind, headings: HeadingLookup(schema))
    }

    /// A context whose body is cut with headings already folded (the checker folds them once for all files).
    init(document: LoadedDocument, kind: DocumentKind, headings: HeadingLookup) {
        self.document = document
        self.kind = kind
        let sections = document.body.map { BodySections(tree: $0, headings: headings) }
        self.sections = sections
        if kind == .experience, let source = document.split?.source,
           let part = sections?.firstPartPerSection.first(where: { $0.sectionID == CrossCheckRules.proseSectionID }) {
            proseWords = ProseWords(blocks: part.contentBlocks, source: source).words
        } else {
            proseWords = nil
        }
    }

    public var path: String { document.path }
    /// The front matter's root node, when the YAML composed.
    public var frontMatter: YAMLNode? { document.yaml?.root }

    /// A diagnostic about this file.
    public func diagnostic(
        _ code: String, _ severity: Severity, at range: SourceRange?, es: String, en: String,
        hintES: String? = nil, hintEN: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            file: path, range: range, severity: severity, code: code,
            message: LocalizedText(es: es, en: en),
            hint: hintES.map { LocalizedText(es: $0, en: hintEN ?? $0) }
        )
    }
}
