import Markup

/// One network's experience, validated and typed: what the renderer reads.
public struct Experience: Codable, Hashable, Sendable {
    /// The file it came from, as given (for messages and stable ordering).
    public let sourcePath: String
    /// The file name without `.md`; names the experience's anchors and pages.
    public let slug: String
    public let region: Region
    public let provincia: String
    public let red: String
    public let desde: Int
    public let dependencia: [String]
    public let niveles: [String]
    public let localizacion: String?
    public let comunas: [String]
    public let integrantes: [String]
    public let establecimientos: [String]
    public let enfasis: [String]
    /// The body's sections in the contract's order (only those present).
    public let sections: [ExperienceSection]

    public init(
        sourcePath: String, slug: String, region: Region, provincia: String, red: String, desde: Int,
        dependencia: [String], niveles: [String], localizacion: String?, comunas: [String],
        integrantes: [String], establecimientos: [String], enfasis: [String], sections: [ExperienceSection]
    ) {
        self.sourcePath = sourcePath
        self.slug = slug
        self.region = region
        self.provincia = provincia
        self.red = red
        self.desde = desde
        self.dependencia = dependencia
        self.niveles = niveles
        self.localizacion = localizacion
        self.comunas = comunas
        self.integrantes = integrantes
        self.establecimientos = establecimientos
        self.enfasis = enfasis
        self.sections = sections
    }

    /// The section with a given id (`conformacion`, `practicas`, ...), when present.
    public func section(_ id: String) -> ExperienceSection? {
        sections.first { $0.id == id }
    }
}

/// One `##` section of an experience body, kept as the renderer reads it.
///
/// The section's HTML, list items and plain text are made from its blocks once, when the experience is
/// decoded, so the booklet, the region page and the summary share one cmark rendering, and a checked
/// experience can be kept in the build cache without the cmark tree.
public struct ExperienceSection: Codable, Hashable, Sendable {
    /// The schema's id: `conformacion`, `necesidades`, `objetivo`, `practicas`,
    /// `colaboracion`, `idea_fuerza`, `aprendizajes`, `proyeccion`.
    public let id: String
    /// The heading as the region wrote it.
    public let heading: String
    /// The section's blocks as HTML (safe mode: raw HTML and unsafe links never pass).
    public let html: String
    /// The items of the section's bullet list, each as its HTML, without the `<li>`.
    public let listItemsHTML: [String]
    /// The section's text as a reader sees it, paragraphs separated by blank lines.
    public let plainText: String

    /// The section of the blocks under a heading, up to the next section, rendered once.
    public init(id: String, heading: String, blocks: [MarkupNode]) {
        self.init(
            id: id, heading: heading, html: blocks.map { $0.html() }.joined(),
            listItemsHTML: Self.listItemsHTML(of: blocks), plainText: blocks.map(\.plainText).joined(separator: "\n\n"))
    }

    /// A section from its rendered parts.
    public init(id: String, heading: String, html: String, listItemsHTML: [String], plainText: String) {
        self.id = id
        self.heading = heading
        self.html = html
        self.listItemsHTML = listItemsHTML
        self.plainText = plainText
    }

    /// The items of the blocks' bullet lists, each as its HTML, without the `<li>`.
    ///
    /// One libcmark render per item: a lone paragraph (the usual item) is rendered whole
    /// and unwrapped, rather than rendering each of its inline pieces on its own.
    private static func listItemsHTML(of blocks: [MarkupNode]) -> [String] {
        blocks.filter { $0.kind == .list }.flatMap { $0.children }.map { item in
            let children = item.children
            if children.count == 1, children[0].kind == .paragraph {
                return unwrapParagraph(children[0].html())
            }
            return children.map { $0.html() }.joined()
        }
    }

    /// A paragraph's HTML without its `<p>` (cmark adds it in loose lists only).
    private static func unwrapParagraph(_ html: String) -> String {
        var inner = Substring(html)
        while inner.last == "\n" { inner.removeLast() }
        if inner.hasPrefix("<p>") && inner.hasSuffix("</p>") {
            inner = inner.dropFirst(3).dropLast(4)
        }
        return String(inner)
    }
}
