import Diagnostics
import Markup
import Testing

/// Pathologically deep input must cost no call depth anywhere: not in the copy
/// out of cmark, not in walking, not in rendering, not when the tree is freed.
@Suite("Markup tree: deep nesting")
struct DeepNestingTests {
    @Test("a 50,000-deep block quote is parsed, walked, rendered and dropped")
    func fiftyThousandDeep() throws {
        let depth = 50_000
        do {
            let tree = Markup.parse(String(repeating: "> ", count: depth) + "a")
            // document, the quotes, the paragraph, its text.
            #expect(tree.nodeCount == depth + 3)

            // Walk down through the children, one level at a time.
            var node = tree.root
            var quotes = 0
            while let child = node.children.first {
                if child.kind == .blockQuote { quotes += 1 }
                node = child
            }
            #expect(quotes == depth)
            #expect(node.kind == .text)
            #expect(node.literal == "a")
            #expect(node.range == range(1, 2 * depth + 1, 1, 2 * depth + 1))

            // And back up through the parents.
            var levels = 0
            var up: MarkupNode? = node
            while let current = up {
                levels += 1
                up = current.parent
            }
            #expect(levels == depth + 3)

            #expect(tree.allNodes.filter { $0.kind == .blockQuote }.count == depth)
            #expect(tree.root.plainText == "a")

            let html = tree.html()
            #expect(html.hasPrefix("<blockquote>\n<blockquote>\n"))
            #expect(html.hasSuffix("</blockquote>\n</blockquote>\n"))
            #expect(html.components(separatedBy: "<blockquote>").count - 1 == depth)
            #expect(html.components(separatedBy: "</blockquote>").count - 1 == depth)
            #expect(html.contains("<p>a</p>"))

            // A subtree deep down renders with its ancestors rebuilt but not printed.
            let paragraph = try #require(node.parent)
            #expect(paragraph.html() == "<p>a</p>\n")
            let innermostQuote = try #require(paragraph.parent)
            #expect(innermostQuote.html() == "<blockquote>\n<p>a</p>\n</blockquote>\n")
        }
        // The tree is gone here; getting this far means freeing it did not overflow the stack.
    }

    @Test("a 100,000-deep block quote is parsed and dropped")
    func hundredThousandDeep() {
        let depth = 100_000
        do {
            let tree = Markup.parse(String(repeating: "> ", count: depth) + "a")
            #expect(tree.nodeCount == depth + 3)
            #expect(tree.allNodes.last?.literal == "a")
            #expect(tree.allNodes.last?.range?.start == SourceLocation(line: 1, column: 2 * depth + 1))
        }
        // Leaving the scope freed 100,003 records with no recursion.
    }

    @Test("deeply nested lists and emphasis are copied without recursion")
    func otherDeepShapes() {
        let lists = Markup.parse((0..<2_000).map { String(repeating: "  ", count: $0) + "- n\($0)" }.joined(separator: "\n"))
        #expect(lists.nodes(.list).count == 2_000)
        #expect(lists.html().components(separatedBy: "<ul>").count - 1 == 2_000)
        let emphasis = Markup.parse(String(repeating: "*a ", count: 10_000) + "b" + String(repeating: " a*", count: 10_000))
        #expect(emphasis.nodes(.emphasis).count == 10_000)
        #expect(emphasis.html().hasPrefix("<p><em>a <em>a "))
    }
}
