import Content

/// The part title before the chapters, a right-hand page: the contents' name for the experiences and their
/// period, so the spread after the front matter shows a page that says what follows, not a blank one.
struct PartTitleView: PageView {
    static let template = "part-title"

    var title: String
    var summary: String

    /// The part title of an edition's experiences.
    init(edition: Edition, strings: StringsTable) {
        title = strings[.tocExperiences]
        summary = strings.text(.partExperiencesSummary, ["periodo": edition.info.periodo])
    }

    /// What `part-title.mustache` reads.
    var context: [String: Any] {
        ["id": AnchorID.experiencesPart, "title": title, "summary": summary]
    }
}
