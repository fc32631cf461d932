import Markup
import Testing

/// `node.html()` renders one node and what is below it with cmark's own renderer.
@Suite("Markup rendering: subtrees")
struct SubtreeRenderingTests {
    static let sample = """
        ## Conformación

        La red reúne *cinco* liceos: [ver](https://x.cl "Red").

        - uno
        - **dos**

        1. primero

        2. segundo

        ```swift
        let año = 2015
        ```
        """

    @Test("the whole tree renders as Markup.html does")
    func wholeTree() {
        let tree = Markup.parse(Self.sample)
        #expect(tree.html() == Markup.html(Self.sample))
        #expect(tree.root.html() == tree.html())
        #expect(tree.html().hasPrefix("<h2>Conformación</h2>\n<p>La red reúne <em>cinco</em>"))
    }

    @Test("an item of a tight list renders without <p>")
    func tightItem() throws {
        let tree = Markup.parse(Self.sample)
        let list = try #require(tree.nodes(.list).first)
        #expect(list.list?.isTight == true)
        let items = list.children
        #expect(items.map { $0.html() } == ["<li>uno</li>\n", "<li><strong>dos</strong></li>\n"])
        // The paragraph inside a tight item is rendered bare, as in the full page.
        let paragraph = try #require(items[0].children.first)
        #expect(paragraph.kind == .paragraph)
        #expect(paragraph.html() == "uno")
    }

    @Test("an item of a loose list keeps its <p>")
    func looseItem() throws {
        let tree = Markup.parse(Self.sample)
        let list = try #require(tree.nodes(.list).last)
        #expect(list.list?.isTight == false)
        #expect(list.children.first?.html() == "<li>\n<p>primero</p>\n</li>\n")
        #expect(list.children.last?.children.first?.html() == "<p>segundo</p>\n")
    }

    @Test("a list keeps its start number")
    func listStart() {
        let tree = Markup.parse("7. siete\n8. ocho\n")
        #expect(tree.first(.list)?.html() == "<ol start=\"7\">\n<li>siete</li>\n<li>ocho</li>\n</ol>\n")
    }

    @Test("a paragraph")
    func paragraph() throws {
        let tree = Markup.parse(Self.sample)
        let paragraph = try #require(tree.first(.paragraph))
        #expect(paragraph.html() == "<p>La red reúne <em>cinco</em> liceos: <a href=\"https://x.cl\" title=\"Red\">ver</a>.</p>\n")
    }

    @Test("a heading")
    func heading() throws {
        let tree = Markup.parse(Self.sample)
        #expect(try #require(tree.first(.heading)).html() == "<h2>Conformación</h2>\n")
        #expect(Markup.parse("Título\n======").first(.heading)?.html() == "<h1>Título</h1>\n")
    }

    @Test("inlines and code blocks")
    func inlinesAndCode() throws {
        let tree = Markup.parse(Self.sample)
        #expect(tree.first(.emphasis)?.html() == "<em>cinco</em>")
        #expect(tree.first(.link)?.html() == "<a href=\"https://x.cl\" title=\"Red\">ver</a>")
        #expect(tree.first(.text)?.html() == "Conformación")
        #expect(tree.first(.codeBlock)?.html() == "<pre><code class=\"language-swift\">let año = 2015\n</code></pre>\n")
    }

    @Test("a block quote's paragraph, and hard breaks when asked for")
    func quoteAndBreaks() throws {
        let tree = Markup.parse("> uno\n> dos")
        #expect(tree.first(.blockQuote)?.html() == "<blockquote>\n<p>uno\ndos</p>\n</blockquote>\n")
        let hard = Markup.parse("> uno\n> dos", options: MarkupOptions(hardBreaks: true))
        #expect(hard.first(.paragraph)?.html() == "<p>uno<br />\ndos</p>\n")
    }

    @Test("rendering a subtree leaves the tree as it was")
    func repeatable() throws {
        let tree = Markup.parse(Self.sample)
        let before = tree.html()
        for node in tree.allNodes { _ = node.html() }
        #expect(tree.html() == before)
    }
}
