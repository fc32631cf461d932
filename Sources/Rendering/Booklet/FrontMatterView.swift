import Content

/// The order of the front matter after the contents.
enum FrontMatterView {
    /// The slug of the front page that introduces the experiences; the edition's figures come just before it.
    static let presentationSlug = "presentacion"

    /// Acknowledgements, the text pages up to the presentation, the figures (networks per year, actors,
    /// principles), then the presentation and any later page: the booklet's own order.
    static func sections(of edition: Edition, strings: StringsTable) -> [any FrontSectionView] {
        let info = edition.info
        let figures: [(any FrontSectionView)?] = [
            NetworksView(edition: info, strings: strings), ActorsView(edition: info), PrinciplesView(edition: info),
        ]
        let pages = edition.pages.map(FrontPageView.init(page:))
        let split = pages.firstIndex { $0.slug == presentationSlug } ?? pages.count

        var sections: [any FrontSectionView] = []
        if let acknowledgements = AcknowledgementsView(edition: info, strings: strings) { sections.append(acknowledgements) }
        sections += pages[..<split].map { $0 as any FrontSectionView }
        sections += figures.compactMap { $0 }
        sections += pages[split...].map { $0 as any FrontSectionView }
        return sections
    }
}
