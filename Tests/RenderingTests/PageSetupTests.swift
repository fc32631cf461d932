import Content
import Foundation
@testable import Rendering
import Testing
import TestSupport

/// Paper size and margins from `edition.yaml` reach the `@page` rules, and nothing else does.
@Suite struct PageSetupTests {
    func pageCSS(_ setup: PageSetup) throws -> String {
        let edition = FixtureEdition.edition([FixtureEdition.experience()], info: FixtureEdition.info(pagina: setup))
        return try Rendered.text("prueba/css/page.css", in: Rendered.files(edition))
    }

    @Test func cartaIsLetterByDefault() throws {
        let css = try pageCSS(PageSetup())
        #expect(css.contains("size: letter;"))
        #expect(css.contains("margin: 22mm 20mm 22mm 22mm;"))
        #expect(css.contains(".cover { height: 279mm; }"))
    }

    @Test func a4AndItsMarginsReachThePageRules() throws {
        let css = try pageCSS(PageSetup(size: .a4, marginTop: "25mm", marginBottom: "2cm", marginInner: "30mm", marginOuter: "15.5mm"))
        #expect(css.contains("size: A4;"))
        #expect(css.contains("margin: 25mm 15.5mm 2cm 30mm;"))
        #expect(css.contains("@page :left {\n  margin-left: 15.5mm;\n  margin-right: 30mm;\n}"))
        #expect(css.contains("@page :right {\n  margin-left: 30mm;\n  margin-right: 15.5mm;\n}"))
        #expect(!css.contains("&"))
    }

    @Test func theRealEditionPrintsOnCarta() throws {
        let css = try Rendered.text("2015-2017/css/page.css", in: Rendered.files(try RealEdition.load()))
        #expect(css.contains("size: letter;"))
    }

    @Test(arguments: ["22mm; } body { display: none", "22", "mm", "1e3mm", "-5mm", ".5mm", "22 mm", "22px"])
    func aMarginThatIsNotALengthIsRefused(_ margin: String) throws {
        let error = try #require(throws: RenderError.self) {
            try pageCSS(PageSetup(marginTop: margin))
        }
        #expect(error.file == "edition.yaml")
        #expect(error.message.es.contains("superior"))
    }

    @Test func theBookletLinksThePageRulesForPrintOnly() throws {
        let html = try Rendered.text("prueba/booklet.html", in: Rendered.files(FixtureEdition.edition([FixtureEdition.experience()])))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"css/page.css\" media=\"print\">"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"css/screen.css\" media=\"screen\">"))
    }
}
