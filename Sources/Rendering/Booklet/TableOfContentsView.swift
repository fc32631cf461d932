import Content

/// The table of contents: front sections, then one entry per experience; page numbers come from CSS `target-counter`.
struct TableOfContentsView: PageView {
    static let template = "toc"

    /// One line of the contents.
    struct Entry {
        var anchor: String
        var title: String
        /// A second, smaller line (the network's name under its region).
        var detail: String?

        /// What the `toc-entry` partial reads.
        var context: [String: Any] {
            var context: [String: Any] = ["href": "#" + anchor, "title": title]
            if let detail { context["detail"] = detail }
            return context
        }
    }

    var front: [Entry]
    var experiences: [Entry]

    /// The contents of the front sections given and of one chapter per experience.
    init(front: [any FrontSectionView], experiences: [Experience], strings: StringsTable) {
        self.front = front.map { Entry(anchor: $0.anchor, title: $0.tocTitle, detail: nil) }
        self.experiences = experiences.map {
            Entry(anchor: AnchorID.chapter($0), title: $0.region.name, detail: $0.red)
        }
    }

    /// What `toc.mustache` reads.
    var context: [String: Any] {
        [
            "id": AnchorID.contents,
            "front": front.map(\.context),
            "hasFront": !front.isEmpty,
            "experiences": experiences.map(\.context),
            "hasExperiences": !experiences.isEmpty,
        ]
    }
}
