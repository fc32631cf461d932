import Content
import Foundation
@testable import Rendering
import Testing

/// The site's pages take every label from the strings table, as the booklet does.
@Suite("Site: labels from the strings table")
struct SiteStringsTests {
    /// The entries only the site prints: those declared from `sitePageTitle` on.
    static let siteKeys = Set(StringsTable.Key.allCases.drop { $0 != .sitePageTitle })

    /// Every site page of the real edition (PDF linked), of a fixture with two networks in two provinces of one
    /// region and the study's emphases, and the archive, rendered with `strings`; their HTML joined.
    static func everySitePage(strings: StringsTable) throws -> String {
        let renderer = try SiteRendered.renderer(strings: strings)
        let tarapaca = FixtureExperience.region("Tarapacá")
        let fixture = FixtureExperience.edition(SummaryFixtureTests.twoInOneRegion.experiences + [
            FixtureExperience.make("enfasis", region: tarapaca, enfasis: ["compartir prácticas"], ideaFuerza: "Una idea."),
        ])
        var files: [RenderedFile] = []
        // One chapter on a single page, one on two: both wordings of the chapter's pages print.
        let pdf = BookletPDFFacts(bytes: 175_963, pages: 40, chapterPages: ["experiencia-tarapaca": 13...14, "experiencia-aysen": 35...35])
        for edition in [try SiteRendered.realEdition.get(), fixture] {
            files += try renderer.regionPages(of: edition, pdf: pdf, generatedAt: nil)
            files += try renderer.summaryPage(of: edition, generatedAt: nil)
            files += try renderer.editionHome(of: edition, pdf: BookletPDFFacts(bytes: 175_963, pages: 40, chapterPages: ["experiencia-tarapaca": 13...14]), generatedAt: nil)
        }
        files += try renderer.archiveIndex([ArchiveEntry(id: "x", title: "t", period: "p", networks: 1, schools: 2)], regions: ["Tarapacá"], generatedAt: nil)
        return files.filter { $0.path.hasSuffix(".html") }.map { String(decoding: $0.data, as: UTF8.self) }.joined()
    }

    @Test("every site entry is printed on some page")
    func everySiteEntryIsPrinted() throws {
        #expect(Self.siteKeys.count > 50)
        let html = try Self.everySitePage(strings: StringsTableTests.markers)
        for key in Self.siteKeys {
            #expect(html.contains("⟦\(key.rawValue)⟧"), "entry \(key.rawValue) is never printed")
        }
    }

    @Test("changing an entry changes the printed label, placeholders filled")
    func changedEntry() throws {
        var table = StringsTable.spanish
        table[.regionCardSchoolsTotal] = "{total} escuelas, {redes} redes, {promedio} cada una"
        table[.summaryTitle] = "Panorama del país"
        let html = try Self.everySitePage(strings: table)
        #expect(html.contains("<dd>9 escuelas, 2 redes, 4,5 cada una</dd>"))
        #expect(html.contains("<h1 class=\"page-title\">Panorama del país</h1>"))
        #expect(!html.contains("<h1 class=\"page-title\">Resumen nacional</h1>"))
    }
}
