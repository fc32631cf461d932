import Content
import Markup

/// The body cut at its headings: what stands before the first one, then each heading with its blocks.
public struct BodySections: Sendable {
    /// One heading (of any level) and the blocks up to the next heading of level 1 or 2.
    public struct Part: Sendable {
        public let heading: MarkupNode
        /// The heading's text as a reader sees it.
        public let title: String
        /// The schema section it names, when it names one (by any accepted heading).
        public let sectionID: String?
        public let blocks: [MarkupNode]
    }

    /// Blocks before the first heading.
    public let preamble: [MarkupNode]
    public let parts: [Part]

    /// Cuts the document's top-level blocks at headings of level 1 and 2 (deeper ones stay inside a part).
    public init(tree: MarkupTree, schema: Schema) {
        var preamble: [MarkupNode] = []
        var parts: [Part] = []
        var current: (heading: MarkupNode, blocks: [MarkupNode])?
        func close() {
            if let open = current {
                let title = open.heading.plainText
                parts.append(Part(heading: open.heading, title: title, sectionID: schema.sectionID(forHeading: title), blocks: open.blocks))
            }
        }
        for block in tree.root.children {
            if block.kind == .heading, let level = block.headingLevel, level <= 2 {
                close()
                current = (block, [])
            } else if current != nil {
                current!.blocks.append(block)
            } else {
                preamble.append(block)
            }
        }
        close()
        self.preamble = preamble
        self.parts = parts
    }
}

extension Schema {
    /// The id of the section a heading names, comparing without accents, case or final colon.
    public func sectionID(forHeading heading: String) -> String? {
        let key = TextKey.of(heading)
        return sections.first { section in
            TextKey.of(section.heading) == key || section.acceptedHeadings.contains { TextKey.of($0) == key }
        }?.id
    }
}
