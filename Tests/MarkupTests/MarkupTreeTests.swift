import Diagnostics
import Markup
import Testing

/// The shape of the Swift tree `Markup.parse` copies out of libcmark:
/// kinds, parent/child links, literals and the per-kind attributes.
@Suite("Markup tree: kinds, children and attributes")
struct MarkupTreeTests {
    static let sample = """
        # Conformación de la red

        La red reúne a *cinco* liceos de **Iquique**.

        - uno
        - dos

        ---
        """

    @Test("the document's children are its blocks, in order")
    func topLevelBlocks() {
        let tree = Markup.parse(Self.sample)
        #expect(tree.root.kind == .document)
        #expect(tree.root.parent == nil)
        #expect(tree.root.id == 0)
        #expect(tree.root.children.map(\.kind) == [.heading, .paragraph, .list, .thematicBreak])
    }

    @Test("inline children keep their order and their parent")
    func inlineChildren() throws {
        let tree = Markup.parse(Self.sample)
        let paragraph = try #require(tree.first(.paragraph))
        #expect(paragraph.children.map(\.kind) == [.text, .emphasis, .text, .strong, .text])
        #expect(paragraph.children.map(\.literal) == ["La red reúne a ", nil, " liceos de ", nil, "."])
        for child in paragraph.children {
            #expect(child.parent?.id == paragraph.id)
        }
        let emphasis = paragraph.children[1]
        #expect(emphasis.children.map(\.literal) == ["cinco"])
        #expect(emphasis.children.first?.children.isEmpty == true)
        #expect(paragraph.plainText == "La red reúne a cinco liceos de Iquique.")
    }

    @Test("allNodes is pre-order and subtree is a contiguous slice of it")
    func preOrder() throws {
        let tree = Markup.parse("> a *b*\n\nc")
        #expect(tree.allNodes.map(\.kind) == [.document, .blockQuote, .paragraph, .text, .emphasis, .text, .paragraph, .text])
        #expect(tree.allNodes.map(\.id) == Array(0..<8))
        #expect(tree.nodeCount == 8)
        let quote = try #require(tree.first(.blockQuote))
        #expect(quote.subtree.map(\.kind) == [.blockQuote, .paragraph, .text, .emphasis, .text])
        #expect(quote.children.count == 1)
        #expect(quote.plainText == "a b")
    }

    @Test("text, code, code block and HTML literals")
    func literals() throws {
        let tree = Markup.parse("Use `swift build` aquí.\n\n```swift linenos\nlet año = 2015\n```\n\n    sangría\n\n<div>x</div>\n", options: MarkupOptions(smartPunctuation: false))
        let code = try #require(tree.first(.code))
        #expect(code.literal == "swift build")
        let blocks = tree.nodes(.codeBlock)
        #expect(blocks.count == 2)
        #expect(blocks[0].literal == "let año = 2015\n")
        #expect(blocks[0].fenceInfo == "swift linenos")
        #expect(blocks[1].literal == "sangría\n")
        #expect(blocks[1].fenceInfo == "")
        #expect(tree.first(.htmlBlock)?.literal == "<div>x</div>\n")
        #expect(tree.first(.paragraph)?.literal == nil)
    }

    @Test("heading levels, ATX and setext", arguments: 1...6)
    func headingLevel(level: Int) {
        let tree = Markup.parse(String(repeating: "#", count: level) + " Título")
        let heading = tree.root.children.first
        #expect(heading?.kind == .heading)
        #expect(heading?.headingLevel == level)
        #expect(heading?.plainText == "Título")
    }

    @Test("setext headings and non-headings")
    func setextAndNone() {
        let tree = Markup.parse("Uno\n===\n\nDos\n---\n\nTres")
        #expect(tree.root.children.map(\.headingLevel) == [1, 2, nil])
        #expect(Markup.parse("####### siete").root.children.first?.kind == .paragraph)
    }

    @Test("bullet list: kind, tightness, items")
    func bulletList() throws {
        let tree = Markup.parse("- uno\n- dos\n- tres\n")
        let list = try #require(tree.first(.list))
        #expect(list.list == ListInfo(kind: .bullet, start: 0, isTight: true, delimiter: .none))
        #expect(list.children.map(\.kind) == [.item, .item, .item])
        #expect(list.children.map(\.plainText) == ["uno", "dos", "tres"])
        #expect(tree.first(.item)?.list == nil)
    }

    @Test("loose list is not tight")
    func looseList() {
        let tree = Markup.parse("* uno\n\n* dos\n")
        #expect(tree.first(.list)?.list?.isTight == false)
        #expect(tree.first(.list)?.list?.kind == .bullet)
    }

    @Test("ordered lists: start number and delimiter")
    func orderedLists() {
        let period = Markup.parse("3. tres\n4. cuatro\n").first(.list)?.list
        #expect(period == ListInfo(kind: .ordered, start: 3, isTight: true, delimiter: .period))
        let paren = Markup.parse("1) uno\n\n2) dos\n").first(.list)?.list
        #expect(paren == ListInfo(kind: .ordered, start: 1, isTight: false, delimiter: .parenthesis))
        let zero = Markup.parse("0. cero\n").first(.list)?.list
        #expect(zero?.start == 0)
        #expect(zero?.kind == .ordered)
    }

    @Test("link and image: destination, title, text")
    func linkAndImage() throws {
        let tree = Markup.parse("[sitio](https://www.mineduc.cl \"Ministerio\") y ![logo](img/logo.png)\n\n[ref]\n\n[ref]: /ruta/á \"Título de la ref\"\n")
        let links = tree.nodes(.link)
        #expect(links.count == 2)
        #expect(links[0].destination == "https://www.mineduc.cl")
        #expect(links[0].title == "Ministerio")
        #expect(links[0].plainText == "sitio")
        // Reference links are resolved; the tree keeps the destination as written.
        #expect(links[1].destination == "/ruta/á")
        #expect(links[1].title == "Título de la ref")
        let image = try #require(tree.first(.image))
        #expect(image.destination == "img/logo.png")
        #expect(image.title == "")
        #expect(image.children.map(\.literal) == ["logo"])
        #expect(tree.first(.text)?.destination == nil)
    }

    @Test("breaks, thematic break, emphasis and strong")
    func otherKinds() {
        let tree = Markup.parse("uno\ndos  \ntres\n\n***\n\n_a_ __b__")
        let kinds = Set(tree.allNodes.map(\.kind))
        #expect(kinds.isSuperset(of: [.softBreak, .lineBreak, .thematicBreak, .emphasis, .strong]))
        #expect(tree.first(.paragraph)?.children.map(\.kind) == [.text, .softBreak, .text, .lineBreak, .text])
        #expect(tree.first(.paragraph)?.plainText == "uno dos tres")
    }

    @Test("block and inline kinds are told apart")
    func blockKinds() {
        let tree = Markup.parse("> *a*\n\n- b\n\n```\nc\n```\n")
        for node in tree.allNodes {
            let expected: Bool = switch node.kind {
            case .document, .blockQuote, .list, .item, .codeBlock, .paragraph: true
            default: false
            }
            #expect(node.kind.isBlock == expected, "\(node.kind)")
        }
        #expect(MarkupKind.allCases.count == 20)
        #expect(MarkupKind.allCases.filter(\.isBlock).count == 10)
    }
}
