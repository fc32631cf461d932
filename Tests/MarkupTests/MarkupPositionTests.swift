import Diagnostics
import Markup
import Testing

/// Start and end positions of nodes: 1-based lines, 1-based columns counted in
/// characters (what an editor shows), shifted by the front matter's lines.
@Suite("Markup tree: source positions")
struct MarkupPositionTests {
    static let ascii = """
        # Title

        walk *fast* and [link](http://x "T")

        - one
        - two

        > quote
        > **b**
        """

    @Test("ASCII positions match cmark's --sourcepos")
    func asciiPositions() throws {
        let tree = Markup.parse(Self.ascii)
        #expect(tree.first(.heading)?.range == range(1, 1, 1, 7))
        #expect(tree.first(.heading)?.children.first?.range == range(1, 3, 1, 7))
        #expect(tree.first(.paragraph)?.range == range(3, 1, 3, 36))
        #expect(tree.first(.emphasis)?.range == range(3, 6, 3, 11))
        #expect(tree.first(.link)?.range == range(3, 17, 3, 36))
        let items = tree.nodes(.item)
        #expect(items.first?.range == range(5, 1, 5, 5))
        #expect(items.last?.range?.start == SourceLocation(line: 6, column: 1))
        #expect(tree.first(.blockQuote)?.range == range(8, 1, 9, 7))
        // An inline on the second line of a paragraph inside a block quote.
        #expect(tree.first(.strong)?.range == range(9, 3, 9, 7))
    }

    @Test("the document starts at 1:1")
    func documentStart() {
        #expect(Markup.parse(Self.ascii).root.range?.start == SourceLocation(line: 1, column: 1))
    }

    @Test("a line offset (front matter) moves lines, not columns")
    func lineOffset() throws {
        let plain = Markup.parse(Self.ascii)
        let shifted = Markup.parse(Self.ascii, options: MarkupOptions(lineOffset: 12))
        #expect(plain.nodeCount == shifted.nodeCount)
        var compared = 0
        for (a, b) in zip(plain.allNodes, shifted.allNodes) {
            #expect(a.kind == b.kind)
            #expect(a.range?.shifted(byLines: 12) == b.range, "\(a.kind)")
            if a.range != nil { compared += 1 }
        }
        #expect(compared > 10)
        #expect(shifted.first(.emphasis)?.range == range(15, 6, 15, 11))
    }

    @Test("columns count characters, not bytes, after “ñandú ”")
    func spanishColumns() throws {
        // "ñandú " is 8 bytes but 6 characters: the emphasis opens at character 7.
        let tree = Markup.parse("ñandú *corre* y ¿dónde? ¡aquí! “comillas” [enlace](https://x.cl)\n")
        #expect(tree.first(.emphasis)?.range == range(1, 7, 1, 13))
        #expect(tree.first(.emphasis)?.children.first?.range == range(1, 8, 1, 12))
        let line = "ñandú *corre* y ¿dónde? ¡aquí! “comillas” [enlace](https://x.cl)"
        let bracket = try #require(line.firstIndex(of: "["))
        let linkColumn = line.distance(from: line.startIndex, to: bracket) + 1
        #expect(linkColumn == 43)
        #expect(tree.first(.link)?.range == range(1, linkColumn, 1, line.count))
        #expect(tree.first(.paragraph)?.range == range(1, 1, 1, line.count))
    }

    @Test("a heading's end column is its last character, not its last byte")
    func endColumnOfMultibyteCharacter() {
        let tree = Markup.parse("## Conformación\n")
        // "## Conformación" is 15 characters and 16 bytes.
        #expect(tree.first(.heading)?.range == range(1, 1, 1, 15))
    }

    @Test("grapheme clusters of several scalars count as one column")
    func graphemeClusters() {
        // A flag is 2 scalars and 8 bytes; "e" + combining acute is 2 scalars and 3 bytes.
        let tree = Markup.parse("🇨🇱 *x* Jose\u{301} **y**\n")
        #expect(tree.first(.emphasis)?.range == range(1, 3, 1, 5))
        #expect(tree.first(.strong)?.range == range(1, 12, 1, 16))
    }

    @Test("positions on later lines are measured on their own line")
    func laterLines() {
        let tree = Markup.parse("# Año\n\nÁrbol\ncañón *x*\n\nnada *y*\n")
        #expect(tree.nodes(.emphasis).map(\.range) == [range(4, 7, 4, 9), range(6, 6, 6, 8)])
        #expect(tree.nodes(.paragraph).first?.range == range(3, 1, 4, 9))
    }

    @Test("CRLF line ends count as one line each")
    func crlf() {
        let lf = Markup.parse("# Año\n\n> ñ\n> **b**\n\nc *d*\n")
        let crlf = Markup.parse("# Año\r\n\r\n> ñ\r\n> **b**\r\n\r\nc *d*\r\n")
        #expect(lf.allNodes.map(\.range) == crlf.allNodes.map(\.range))
        #expect(crlf.first(.strong)?.range == range(4, 3, 4, 7))
        #expect(crlf.first(.emphasis)?.range == range(6, 3, 6, 5))
        #expect(crlf.first(.heading)?.range == range(1, 1, 1, 5))
        #expect(crlf.html() == lf.html())
    }

    @Test("a lone CR ends a line too")
    func loneCR() {
        let lf = Markup.parse("# Año\n\n> ñ\n> **b**\n\nc *d*\n")
        let cr = Markup.parse("# Año\r\r> ñ\r> **b**\r\rc *d*\r")
        #expect(lf.allNodes.map(\.range) == cr.allNodes.map(\.range))
        #expect(cr.first(.emphasis)?.range == range(6, 3, 6, 5))
        #expect(cr.html() == lf.html())
    }

    @Test("a UTF-8 byte-order mark is ignored and moves nothing")
    func byteOrderMark() throws {
        let text = "# Título\n\nñandú *corre*\n"
        let plain = Markup.parse(text)
        let withBOM = Markup.parse("\u{FEFF}" + text)
        #expect(withBOM.allNodes.map(\.range) == plain.allNodes.map(\.range))
        #expect(withBOM.first(.heading)?.range == range(1, 1, 1, 8))
        #expect(withBOM.first(.heading)?.plainText == "Título")
        #expect(withBOM.html() == plain.html())
        #expect(withBOM.html() == "<h1>Título</h1>\n<p>ñandú <em>corre</em></p>\n")
        let fromBytes = try Markup.parse(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(fromBytes.allNodes.map(\.range) == plain.allNodes.map(\.range))
        #expect(fromBytes.html() == plain.html())
    }

    @Test("NUL bytes become U+FFFD, without a crash and without moving columns")
    func nulBytes() {
        let tree = Markup.parse("a\u{0}b *c*\n\n\u{0}\n")
        let texts = tree.nodes(.text).compactMap(\.literal)
        #expect(texts == ["a\u{FFFD}b ", "c", "\u{FFFD}"])
        #expect(!tree.html().contains("\u{0}"))
        #expect(tree.html() == "<p>a\u{FFFD}b <em>c</em></p>\n<p>\u{FFFD}</p>\n")
        // "a", NUL, "b", " " are four characters: the emphasis opens at 5.
        #expect(tree.first(.emphasis)?.range == range(1, 5, 1, 7))
    }

    @Test("an empty document is a lone document node")
    func emptyDocument() {
        for text in ["", "\n", "\n\n  \n", "\u{FEFF}"] {
            let tree = Markup.parse(text)
            #expect(tree.nodeCount == 1, "\(text.debugDescription)")
            #expect(tree.root.kind == .document)
            #expect(tree.root.children.isEmpty)
            #expect(tree.root.plainText == "")
            #expect(tree.html() == "")
            #expect(tree.root.range?.start == SourceLocation(line: 1, column: 1))
        }
    }

    @Test("breaks carry no position rather than an invented one")
    func unknownPositions() throws {
        let tree = Markup.parse("uno\ndos  \ntres")
        #expect(tree.first(.softBreak)?.range == nil)
        #expect(tree.first(.lineBreak)?.range == nil)
        #expect(tree.nodes(.text).map(\.range?.start.line) == [1, 2, 3])
    }
}

@Suite("Markup tree: block ends before blank lines")
struct BlockEndPositionTests {
    @Test("a list item closed by a blank line ends on its last character, not at column 0 of the blank line")
    func listItemEnd() throws {
        let tree = Markup.parse("- uno\n- dos\n\nTexto\n")
        let items = tree.allNodes.filter { $0.kind == .item }
        #expect(items.count == 2)
        #expect(items[1].range?.end == SourceLocation(line: 2, column: 5))
        let list = try #require(tree.allNodes.first { $0.kind == .list })
        #expect(list.range?.end == SourceLocation(line: 2, column: 5))
    }

    @Test("no node of a real-looking body ends at column 0")
    func noColumnZero() {
        let tree = Markup.parse("## Título\n\n- uno\n\n- dos\n\n\nPárrafo con ñandú\n\n> cita\n\n")
        for node in tree.allNodes {
            if let range = node.range { #expect(range.end.column >= 1, "\(node.kind) \(range)") }
        }
    }
}
