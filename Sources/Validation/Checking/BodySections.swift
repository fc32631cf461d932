import Content
import Markup

/// The body cut at its headings: what stands before the first one, then each heading with its blocks.
public struct BodySections: Sendable {
    /// One heading and the blocks up to the next heading that opens a part.
    public struct Part: Sendable {
        public let heading: MarkupNode
        /// The heading's text as a reader sees it.
        public let title: String
        /// The heading's level (1 to 6); sections are written at level 2.
        public let level: Int
        /// The schema section it names, when it names one (by any accepted heading).
        public let sectionID: String?
        public let blocks: [MarkupNode]
        /// The blocks that hold the section's content: unfilled guides and raw HTML (reported by their own rules) left out.
        public let contentBlocks: [MarkupNode]

        /// A part, with its content blocks picked out once for every rule that reads them.
        init(heading: MarkupNode, title: String, level: Int, sectionID: String?, blocks: [MarkupNode]) {
            self.heading = heading
            self.title = title
            self.level = level
            self.sectionID = sectionID
            self.blocks = blocks
            self.contentBlocks = blocks.filter { $0.kind != .htmlBlock && !UnfilledGuide.isGuide(block: $0) }
        }
    }

    /// Blocks before the first heading.
    public let preamble: [MarkupNode]
    public let parts: [Part]

    /// Cuts the document's top-level blocks at headings of level 1 and 2, and at deeper headings that name a section.
    ///
    /// A `### Objetivo` written one level too deep still opens the Objetivo part, so
    /// the writer hears "wrong level" once instead of "Objetivo is missing" plus
    /// "a subtitle inside the previous section". Deeper headings that name no
    /// section stay inside the part they fall in.
    public init(tree: MarkupTree, schema: Schema) {
        self.init(tree: tree, headings: HeadingLookup(schema))
    }

    /// Cuts the body with the schema's headings already folded.
    init(tree: MarkupTree, headings lookup: HeadingLookup) {
        var preamble: [MarkupNode] = []
        var parts: [Part] = []
        var current: (heading: MarkupNode, level: Int, sectionID: String?, blocks: [MarkupNode])?
        /// Files the part being read, if any.
        func close() {
            if let open = current {
                parts.append(Part(
                    heading: open.heading, title: open.heading.plainText, level: open.level,
                    sectionID: open.sectionID, blocks: open.blocks
                ))
            }
        }
        for block in tree.root.children {
            if block.kind == .heading, let level = block.headingLevel {
                let sectionID = lookup.sectionID(forHeading: block.plainText)
                if level <= 2 || sectionID != nil {
                    close()
                    current = (block, level, sectionID, [])
                    continue
                }
            }
            if current != nil {
                current!.blocks.append(block)
            } else {
                preamble.append(block)
            }
        }
        close()
        self.preamble = preamble
        self.parts = parts
    }

    /// The first part naming each section, in body order (later duplicates left out).
    public var firstPartPerSection: [Part] {
        var seen: Set<String> = []
        return parts.filter { part in
            guard let id = part.sectionID else { return false }
            return seen.insert(id).inserted
        }
    }
}

extension Schema {
    /// The id of the section a heading names, comparing without accents, case, final colon or invisible characters.
    public func sectionID(forHeading heading: String) -> String? {
        HeadingLookup(self).sectionID(forHeading: heading)
    }

    /// The position of a section in the contract's order; `nil` for an unknown id.
    func sectionIndex(_ id: String) -> Int? {
        sections.firstIndex { $0.id == id }
    }
}

/// Every accepted heading of a schema in comparison form, built once per check (`SchemaIndex`).
///
/// Folding text for comparison is costly enough that a body with thousands of
/// headings must not fold the thirty accepted headings again for each one, nor
/// each of ten thousand files.
struct HeadingLookup: Sendable {
    private let idByKey: [String: String]

    /// Folds every accepted heading of the schema.
    init(_ schema: Schema) {
        var idByKey: [String: String] = [:]
        // Reversed so that, should two sections accept the same form, the earlier one wins as before.
        for section in schema.sections.reversed() {
            for form in [section.heading] + section.acceptedHeadings {
                idByKey[TextKey.of(form)] = section.id
            }
        }
        self.idByKey = idByKey
    }

    /// The id of the section a heading names.
    func sectionID(forHeading heading: String) -> String? {
        idByKey[TextKey.of(InvisibleCharacters.removing(from: heading))]
    }
}

/// Zero-width characters that Word and web pages leave in text: invisible, but they break matching.
public enum InvisibleCharacters {
    /// Zero-width space, non-joiner, joiner, word joiner and a byte-order mark inside the text.
    public static let scalars: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]

    /// The text without them.
    public static func removing(from text: String) -> String {
        guard text.unicodeScalars.contains(where: scalars.contains) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter { !scalars.contains($0) })
        return String(result)
    }
}
