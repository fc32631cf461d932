/// The templates each kind of page draws itself with, named here beside the renderers that use them, so the
/// build cache knows which pages a changed template touches (the partials they reach are followed from these).
public enum PageTemplates {
    /// One experience's chapter, in the booklet and on its region page.
    public static let chapter = [ChapterView.template]
    /// The booklet around its chapters: cover, title page, credits, contents, front pages, part title, back cover and the layout.
    public static let booklet = [
        LayoutView.template, CoverView.template, TitlePageView.template, CreditsView.template, BackCoverView.template, TableOfContentsView.template,
        FrontPageView.template, AcknowledgementsView.template, ActorsView.template, NetworksView.template,
        PrinciplesView.template, PartTitleView.template,
    ]
    /// The print stylesheet made from `edition.yaml`'s page setup.
    public static let pageSetup = [PageSetupView.template]
    /// An edition's home.
    public static let editionHome = [EditionHomeView.template, SiteLayoutView.template]
    /// A region's page around its chapters.
    public static let regionPage = [RegionPageView.template, SiteLayoutView.template]
    /// The national summary.
    public static let summary = [
        SummaryPageView.template, CharacteristicsTableView.template, EmphasisMatrixView.template, SiteLayoutView.template,
    ]
    /// The archive of editions and the search page beside it.
    public static let archive = [ArchiveIndexView.template, SearchPageView.template, SiteLayoutView.template]
}
