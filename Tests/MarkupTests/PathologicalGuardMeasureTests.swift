import Diagnostics
import Testing
@testable import Markup

/// The two measures counted exactly on small bodies: a body measuring n steps passes a
/// limit of n and is refused at n - 1, with n as the measured amount.
@Suite("Pathological inputs: what the guard measures")
struct PathologicalGuardMeasureTests {
    // MARK: - nesting, cause A: blank lines inside list items

    @Test("each blank line inside a list item walks its list and item")
    func blankLinesInAnItem() {
        expectNesting("- a\n\n\nb\n", steps: 4)
        // Two levels: four nodes per blank line.
        expectNesting("- a\n  - b\n\n", steps: 4)
        expectNesting("- - - - x\n\n\n", steps: 16)
    }

    @Test("blank lines outside list items cost nothing, however many")
    func blankLinesAtTopLevel() {
        expectNesting("a\n" + String(repeating: "\n", count: 1000) + "b\n", steps: 0)
        // A block quote needs its `>` on every line: a line without it closes the quote.
        expectNesting("> > a\n\n\n", steps: 0)
    }

    @Test("a sibling item replaces its list item; a less indented line is a sibling")
    func siblings() {
        expectNesting("- a\n - b\n\n", steps: 2)
        expectNesting("1. a\n2. b\n3. c\n\n", steps: 2)
    }

    @Test("an item opened empty ends at the next blank line")
    func emptyItem() {
        expectNesting("-\n\n\n", steps: 0)
        expectNesting("-\n  a\n\n", steps: 2)
    }

    @Test("thematic breaks, code indentation and non-markers open no items")
    func notItems() {
        expectNesting("* * *\n\n\n", steps: 0)
        expectNesting("- - -\n\n", steps: 0)
        expectNesting("    - a\n\n", steps: 0)
        expectNesting("1234567890. a\n\n", steps: 0)
        expectNesting("-a\n\n", steps: 0)
        // A break that fails on its last character is a list: the kill position must not hide the items.
        expectNesting("* * * x\n\n", steps: 6)
    }

    @Test("tabs count to the next multiple of four, as cmark's columns do")
    func tabs() {
        // "-\ta": the tab is 3 columns wide after the marker, so the content starts at column 4.
        expectNesting("-\ta\n   - b\n\n", steps: 2)
        expectNesting("-\ta\n    - b\n\n", steps: 4)
        expectNesting("-\ta\n\t- b\n\n", steps: 4)
    }

    @Test("CRLF and CR end lines as LF does")
    func lineEndings() {
        expectNesting("- a\r\n\r\n\r\n", steps: 4)
        expectNesting("- a\r\r\r", steps: 4)
    }

    // MARK: - nesting, cause B: emphasis and links inside containers

    @Test("each emphasis mark or bracket walks the containers around its line")
    func marksInContainers() {
        expectNesting("> > *a* _b_ c]\n", steps: 10)
        expectNesting("- *a*\n", steps: 4)
        // At the top level a paragraph has no containers to walk.
        expectNesting("*a* _b_ **c** [d]\n", steps: 0)
    }

    @Test("a lazy continuation line stays inside the containers it did not continue")
    func lazyContinuation() {
        expectNesting("> > a\n*b*\n", steps: 4)
        expectNesting("> > a\n\n*b*\n", steps: 0)
    }

    // MARK: - brackets

    @Test("each ] counts the image openers before it in its paragraph")
    func imageOpeners() {
        expectBrackets("![a ![b ] ]", steps: 4)
        expectBrackets("![a](b) ![c](d)", steps: 3)
        expectBrackets("![a\n]", steps: 1)
        // A blank line ends the paragraph and its bracket stack.
        expectBrackets("![a\n\n]", steps: 0)
        expectBrackets("![a\n \t \n]", steps: 0)
        // Link openers are walked once each, not again and again: they are not counted.
        expectBrackets("[a [b ] ]", steps: 0)
        expectBrackets("! [a]", steps: 0)
    }

    // MARK: - refusals

    @Test("a refusal names the structure, the file line of its start and the character column")
    func location() throws {
        let brackets = try #require(refusal("Texto.\n\nÑuñoa ![a ![b ] ]\n", brackets: 3, lineOffset: 11))
        #expect(brackets.structure == .brackets)
        #expect(brackets.reason == "brackets")
        // "Ñuñoa " is six characters but eight bytes.
        #expect(brackets.location == SourceLocation(line: 14, column: 7))
        #expect(brackets.measured == 4)
        #expect(brackets.limit == 3)

        let nesting = try #require(refusal("Texto.\n\n   > - - *a*\n", nesting: 1, lineOffset: 11))
        #expect(nesting.structure == .nesting)
        #expect(nesting.location == SourceLocation(line: 14, column: 4))
    }

    @Test("when both measures are over, the structure that starts first is reported")
    func earliestFirst() throws {
        let body = "![a ] ]\n\n- - x\n\n\n"
        #expect(refusal(body, nesting: 1, brackets: 1)?.structure == .brackets)
        let reversed = "- - x\n\n\n![a ] ]\n"
        #expect(refusal(reversed, nesting: 1, brackets: 1)?.structure == .nesting)
    }

    @Test("the production limits refuse only the product: depth alone, blank lines alone and images alone pass")
    func onlyTheProduct() {
        let passing = [
            String(repeating: "- ", count: 30_000) + "x\n\n",
            String(repeating: ">", count: 100_000) + "a",
            "- x" + String(repeating: "\n", count: 100_000),
            String(repeating: "![", count: 160_000),
            String(repeating: "![a](b)", count: 2_000),
        ]
        for body in passing {
            #expect(PathologicalInputGuard.check(SourceText(body), lineOffset: 0) == nil, "\(body.prefix(20))…")
        }
    }

    @Test("the bracket limit falls between 4,471 and 4,472 repetitions of ![[]() in one paragraph")
    func bracketLimitBoundary() throws {
        // The k-th `]` counts k open `![`: k(k+1)/2 steps in all.
        #expect(PathologicalInputGuard.check(SourceText(String(repeating: "![[]()", count: 4_471)), lineOffset: 0) == nil)
        let refused = try #require(PathologicalInputGuard.check(SourceText(String(repeating: "![[]()", count: 4_472)), lineOffset: 0))
        #expect(refused.structure == .brackets)
        #expect(refused.measured == 4_472 * 4_473 / 2)
    }

    @Test("the limits are ten million steps each and the reasons are stable")
    func limitsAndReasons() {
        #expect(PathologicalInputGuard.nestingLimit == 10_000_000)
        #expect(PathologicalInputGuard.bracketLimit == 10_000_000)
        #expect(PathologicalStructure.allCases.map(\.rawValue) == ["nesting", "brackets"])
        let unknown = MarkupRefusal(reason: "other", location: SourceLocation(line: 1, column: 1), measured: 2, limit: 1)
        #expect(unknown.structure == nil)
    }

    // MARK: - Helpers

    private func refusal(_ body: String, nesting: Int = .max, brackets: Int = .max, lineOffset: Int = 0) -> MarkupRefusal? {
        PathologicalInputGuard.check(SourceText(body), lineOffset: lineOffset, nestingLimit: nesting, bracketLimit: brackets)
    }

    private func expectNesting(_ body: String, steps: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectMeasure(body, steps: steps, structure: .nesting, sourceLocation: sourceLocation)
    }

    private func expectBrackets(_ body: String, steps: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectMeasure(body, steps: steps, structure: .brackets, sourceLocation: sourceLocation)
    }

    /// The body passes a limit equal to its measure and is refused, with that measure, one below it.
    private func expectMeasure(_ body: String, steps: Int, structure: PathologicalStructure, sourceLocation: Testing.SourceLocation) {
        func check(limit: Int) -> MarkupRefusal? {
            structure == .nesting ? refusal(body, nesting: limit) : refusal(body, brackets: limit)
        }
        #expect(check(limit: steps) == nil, "\(body.debugDescription) passes at \(steps)", sourceLocation: sourceLocation)
        guard steps > 0 else { return }
        let refused = check(limit: steps - 1)
        #expect(refused?.structure == structure, "\(body.debugDescription) refused at \(steps - 1)", sourceLocation: sourceLocation)
        #expect(refused?.measured == steps, "\(body.debugDescription) measures \(steps)", sourceLocation: sourceLocation)
    }
}
