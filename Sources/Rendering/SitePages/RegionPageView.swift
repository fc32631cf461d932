import Content

/// A region's page: its title, the summary card, every experience in full, the schools, and the way to the
/// previous and next regions and back to the edition.
struct RegionPageView: PageView {
    static let template = "region"

    /// A link to a neighbouring region.
    struct Neighbour {
        var name: String
        var href: String
    }

    /// The schools of one network, listed under the network's name when the region has several.
    struct Schools {
        var network: String
        var id: String
        var names: [String]
    }

    var regionName: String
    var card: RegionCardView
    /// The experiences' chapters, rendered with their titles one level down (the region's name is the page's h1).
    var experiencesHTML: String
    var schoolsTitle: String
    var schools: [Schools]
    var previous: Neighbour?
    var next: Neighbour?
    var homeHref: String
    /// The edition's period, the search index's edition filter ("2015–2017").
    var period: String
    /// The networks' names, shown under a search result.
    var networks: String
    /// The first chapter in the booklet, from the top of the output ("2015-2017/booklet.html#experiencia-tarapaca"),
    /// where a search result sends a reader who wants the printed layout.
    var bookletLink: String

    /// The page of `summary` in `edition`, between the regions before and after it in the edition's order.
    init(
        summary: RegionSummary, in edition: Edition, previous: RegionSummary?, next: RegionSummary?, experiencesHTML: String,
        strings: StringsTable
    ) {
        let place = SitePlace.regionFolder
        regionName = summary.region.name
        period = edition.info.periodo
        networks = summary.experiences.map(\.red).joined(separator: " · ")
        bookletLink = edition.id + "/" + SitePaths.booklet + (summary.experiences.first.map { "#" + AnchorID.chapter($0) } ?? "")
        card = RegionCardView(summary: summary, strings: strings)
        self.experiencesHTML = experiencesHTML
        schoolsTitle = strings[summary.networks > 1 ? .regionSchoolsTitlePlural : .regionSchoolsTitle]
        schools = summary.experiences.map { experience in
            Schools(network: experience.red, id: AnchorID.chapter(experience) + "-establecimientos", names: experience.establecimientos)
        }
        self.previous = previous.map { Neighbour(name: $0.region.name, href: place.region($0)) }
        self.next = next.map { Neighbour(name: $0.region.name, href: place.region($0)) }
        homeHref = place.home
    }

    /// What `region.mustache` reads.
    var context: [String: Any] {
        var context: [String: Any] = [
            "regionName": regionName,
            "facts": card.context,
            "experiencesHTML": experiencesHTML,
            "schoolsTitle": schoolsTitle,
            "showNetworkNames": schools.count > 1,
            "schools": schools.map { ["network": $0.network, "id": $0.id, "names": $0.names] as [String: Any] },
            "homeHref": homeHref,
            "period": period,
            "networks": networks,
            "bookletLink": bookletLink,
        ]
        if let previous { context["previous"] = ["name": previous.name, "href": previous.href] }
        if let next { context["next"] = ["name": next.name, "href": next.href] }
        return context
    }
}
