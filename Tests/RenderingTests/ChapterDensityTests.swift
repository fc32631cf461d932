import Content
@testable import Rendering
import Testing

/// Long chapters are set tighter in print so each experience keeps to the booklet's two pages.
@Suite struct ChapterDensityTests {
    @Test func onlyTheTwoLongestRealExperiencesAreDense() throws {
        let edition = try RealEdition.load()
        let dense = edition.experiences.filter { ChapterView(experience: $0, strings: .spanish).isDense }.map(\.slug)
        #expect(dense == ["aysen", "magallanes"])
    }

    @Test func theDenseClassReachesTheBookletAndTheStylesheetStylesIt() throws {
        let edition = try RealEdition.load()
        let booklet = try Rendered.text("2015-2017/booklet.html", in: Rendered.files(edition))
        #expect(booklet.contains("<article class=\"chapter chapter-dense\" id=\"experiencia-aysen\">"))
        #expect(booklet.contains("<article class=\"chapter\" id=\"experiencia-tarapaca\">"))
        let css = try Rendered.text("2015-2017/css/print.css", in: Rendered.files(edition))
        #expect(css.contains(".chapter-dense {"))
    }

    @Test func wordsAreRunsOfLettersAndDigits() {
        #expect(ChapterView.wordCount("La red, desde 2015, «funciona» bien.") == 6)
        #expect(ChapterView.wordCount("") == 0)
        #expect(ChapterView.wordCount("ñandú y/o Ñuble") == 4)
    }
}
