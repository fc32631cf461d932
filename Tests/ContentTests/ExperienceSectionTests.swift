import Content
import Markup
import Testing

@Suite("ExperienceSection: HTML of blocks and list items")
struct ExperienceSectionTests {
    /// The blocks of a document as one section.
    func section(_ markdown: String) -> ExperienceSection {
        ExperienceSection(id: "practicas", heading: "Para movilizar el objetivo", blocks: Markup.parse(markdown).root.children)
    }

    @Test("a tight list's items are their inline HTML, emphasis and smart quotes kept")
    func tightItems() {
        let items = section("- Uno *con énfasis*\n- Dos \"comillas\"\n").listItemsHTML
        #expect(items == ["Uno <em>con énfasis</em>", "Dos “comillas”"])
    }

    @Test("a loose list's items lose their <p> wrapper like a tight list's")
    func looseItems() {
        let items = section("- Uno\n\n- Dos\n").listItemsHTML
        #expect(items == ["Uno", "Dos"])
    }

    @Test("an item of two paragraphs keeps both paragraphs")
    func twoParagraphs() {
        let items = section("- Uno\n\n  Sigue\n- Dos\n").listItemsHTML
        #expect(items.first == "<p>Uno</p>\n<p>Sigue</p>\n")
    }

    @Test("raw HTML in an item never reaches the page (safe mode)")
    func rawHTMLOmitted() {
        let items = section("- Uno <script>alert(1)</script>\n").listItemsHTML
        #expect(items.count == 1)
        #expect(!items[0].contains("<script"))
    }
}
