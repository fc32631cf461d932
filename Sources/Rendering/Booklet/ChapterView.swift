import Content

/// One experience's chapter: the title naming the region, the network, the conformación first, then the
/// booklet's labelled sections and its three boxes. A pure function of the experience.
struct ChapterView: PageView {
    static let template = "chapter"

    /// One labelled section: the heading from the strings table, the body from the Markup module.
    struct Section {
        var id: String
        /// The heading's id, unique in the booklet and on the region page: the chapter's anchor and the section's
        /// name ("experiencia-tarapaca-objetivo"), so a search result can point at the section.
        var anchor: String
        var heading: String
        /// The section's blocks as cmark safe-mode HTML (for paragraph sections, and lists without a list).
        var html: String
        /// The items of its bullet list, each as cmark safe-mode HTML without `<li>`.
        var items: [String]

        /// The section as the `chapter-section` and `chapter-box` partials read it.
        var context: [String: Any] {
            [
                "id": id, "anchor": anchor, "heading": heading, "html": html,
                "items": items.map { ["html": $0] }, "hasItems": !items.isEmpty,
            ]
        }
    }

    var anchor: String
    var regionName: String
    var provincia: String
    var since: Int
    var title: String
    var networkLabel: String
    var network: String
    var conformacionHTML: String?
    var sections: [String: Section]
    /// The level of the chapter's title: 1 in the booklet; 2 on a region page, under the region's own title.
    var titleLevel = 1
    /// The level of its section headings, one below the title.
    var sectionLevel: Int { titleLevel + 1 }

    /// The section ids of the contract, the strings that head them, their names in the template and in CSS classes.
    static let headings: [(id: String, key: StringsTable.Key, contextKey: String, cssName: String)] = [
        ("necesidades", .necesidades, "necesidades", "necesidades"),
        ("objetivo", .objetivo, "objetivo", "objetivo"),
        ("practicas", .practicas, "practicas", "practicas"),
        ("colaboracion", .colaboracion, "colaboracion", "colaboracion"),
        ("idea_fuerza", .ideaFuerza, "ideaFuerza", "idea-fuerza"),
        ("aprendizajes", .aprendizajes, "aprendizajes", "aprendizajes"),
        ("proyeccion", .proyeccion, "proyeccion", "proyeccion"),
    ]

    /// The chapter of one experience, labels from `strings`.
    init(experience: Experience, strings: StringsTable) {
        anchor = AnchorID.chapter(experience)
        regionName = experience.region.name
        provincia = experience.provincia
        since = experience.desde
        title = strings.text(.chapterTitle, ["region": experience.region.titleForm])
        networkLabel = strings[.networkName]
        network = experience.red
        conformacionHTML = experience.section("conformacion").map { TextCase.trimmingTrailingNewlines($0.html) }
        var sections: [String: Section] = [:]
        for heading in Self.headings {
            guard let section = experience.section(heading.id) else { continue }
            // Each cmark rendering costs; a list section needs only its items, a paragraph section only its HTML.
            let items = section.listItemsHTML
            sections[heading.contextKey] = Section(
                id: heading.cssName,
                anchor: anchor + "-" + heading.cssName,
                heading: strings.text(heading.key, ["provincia": experience.provincia, "region": experience.region.name]),
                html: items.isEmpty ? TextCase.trimmingTrailingNewlines(section.html) : "",
                items: items
            )
        }
        self.sections = sections
    }

    /// Words of a text, counted as runs of letters and digits.
    static func wordCount(_ text: String) -> Int {
        // Taken once: every read of a `static let` checks its one-time initialisation.
        let latin = latinWordScalars
        var count = 0, inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = isWordScalar(scalar, latin: latin)
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }

    /// Whether a scalar is a letter (Unicode's Alphabetic) or an ASCII digit.
    static func isWordScalar(_ scalar: Unicode.Scalar, latin: [Bool] = latinWordScalars) -> Bool {
        scalar.value < latin.count
            ? latin[Int(scalar.value)]
            : scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// `isWordScalar` for U+0000 to U+024F, asked once: asking the Unicode tables for every scalar of every
    /// chapter was a sixth of `rme build` on ten thousand experiences.
    static let latinWordScalars: [Bool] = (0..<0x250).map { (value: UInt32) in
        let scalar = Unicode.Scalar(value)!
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// What `chapter.mustache` reads; a section absent from the experience is absent here.
    var context: [String: Any] {
        var context: [String: Any] = [
            "id": anchor,
            "regionName": regionName,
            "provincia": provincia,
            "since": String(since),
            "title": title,
            "networkLabel": networkLabel,
            "network": network,
            "titleLevel": String(titleLevel),
            "sectionLevel": String(sectionLevel),
        ]
        if let conformacionHTML { context["conformacionHTML"] = conformacionHTML }
        for (key, section) in sections { context[key] = section.context }
        return context
    }
}
