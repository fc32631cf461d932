import Diagnostics

/// Measures the structures behind libcmark 0.30.2's quadratic cases before parsing.
///
/// Debian ships libcmark 0.30.2 (2021), which predates the 2023 fixes for quadratic
/// inputs. Of cmark's 25 pathological inputs (`test/pathological_tests.py`), four take
/// from 13 s to over 3 minutes each in `/usr/bin/cmark` here, depending on the load of
/// the machine; the other 21 take under 0.4 s each (`scripts/bench-pathological.py`
/// prints the table). The four come from three
/// code paths, each a loop whose length grows with the input and which runs once per
/// something else that grows with the input. Each measure below counts the steps of that
/// loop, in one linear pass over the bytes, so that only the product is refused: deep
/// nesting alone, or many images alone, is parsed as usual (cmark is fast on it).
///
/// 1. `nesting`, cause A: `add_text_to_container` (blocks.c) clears `last_line_blank` on
///    every ancestor of the line's container, for every line, and `check_open_blocks`
///    walks every open container first. A list item continues through a blank line
///    without consuming a character, so each blank line inside N nested items costs 2N
///    node visits (list + item): `- `×30,000 followed by 30,000 empty lines (90 KB) is
///    1.8·10⁹ visits, 13–28 s; the same inside a block quote (`>` on each blank line), 14–30 s.
///    Measure: for each blank line (blank once the `>` it continues are read), the list
///    items it continues, 2 nodes each. The rest is left out as linear in the file: a block
///    quote needs its `>` on every line, and a non-blank line pays each container it
///    continues with at least one character of prefix.
/// 2. `nesting`, cause B: when emphasis closes, `S_insert_emph` (inlines.c) splices the
///    new node in with the public `cmark_node_insert_after`, whose `S_can_contain` walks
///    up every ancestor of the paragraph to rule out a cycle once the node has children;
///    a link or image adopting such a node does the same. `>`×100,000 then `a*`×100,000
///    makes 50,000 emphasis nodes, each walking 100,000 block quotes: 13–72 s.
///    Measure: for each non-blank line, its `*`, `_` and `]` (an upper bound of the nodes
///    that can be spliced in) times the container nodes around it.
///    Causes A and B add up in one count, the container walk, since both are visits to
///    the same chain of open containers; the limit below applies to their sum.
/// 3. `brackets`: when a link closes, `handle_close_bracket` (inlines.c) walks the bracket
///    stack down to the first inactive link opener to deactivate the links below it, and
///    skips image openers on the way. Image openers `![` that never close stay on the
///    stack, so `![[]()`×160,000 walks 1.3·10¹⁰ openers: 100 s to over 3 minutes.
///    Measure: for each `]`, the `![` that came before it in the same run of non-blank
///    lines (cmark's stack lives for one paragraph, and a paragraph never spans a blank
///    line). Pairing brackets here would need cmark's code spans, autolinks and raw HTML,
///    where a `]` closes nothing; counting every earlier `![` instead is an upper bound
///    that a `]` hidden in a code span cannot bring below cmark's real count.
///
/// Limits: both are 10,000,000 steps. Measured here, one counted step costs cmark 2–20 ns,
/// so a body just under a limit costs it 0.02–0.2 s (the script times one of each). The fifteen experiences of
/// the 2018 booklet (3.8–7.4 KB of prose and one-level bullet lists) measure 6 container-walk
/// steps each (the blank line after each of their first three lists) and no bracket step;
/// the four front pages measure 0; the 684 examples of the CommonMark spec, smart
/// punctuation and regression files measure at most 12 and 4. A body that reached a limit
/// would need, say, a blank line inside 50 nested lists 100,000 times, or 4,472 unclosed
/// `![` each followed by a `]` in one paragraph: no region writes that, and a runaway
/// export that does is better refused with its line than left to hang the run.
///
/// The other 21 inputs need no guard on 0.30.2, whose own fixes made them linear:
/// emphasis and bracket runs (0.26–0.30.1: a separate bracket stack, `openers_bottom`),
/// backtick runs (0.28: a table of backtick positions), unclosed links (0.29: at most 32
/// nested parentheses), `<!--` and other raw HTML (0.30: a failed scan is remembered),
/// deep lists and block quotes on their own (0.29: `S_find_first_nonspace` and the
/// thematic-break kill position), reference collisions (0.30: a sorted reference table),
/// NUL bytes, and nested inlines (which stress cmark's CommonMark writer, not used here).
///
/// Both scans are linear in the bytes and never repeat cmark's walks: a blank line adds
/// the nodes of all the items it continues in one step (a running sum per open container),
/// and indentation is scanned once per line however many containers ask for it.
enum PathologicalInputGuard {
    /// Most container-walk steps accepted in one body (causes A and B together).
    static let nestingLimit = 10_000_000
    /// Most bracket-stack steps accepted in one body.
    static let bracketLimit = 10_000_000

    /// Returns the first structure over its limit, or `nil` when the text is safe to parse.
    ///
    /// When both are over, the one that starts earlier in the file is reported.
    static func check(_ source: SourceText, lineOffset: Int) -> MarkupRefusal? {
        check(source, lineOffset: lineOffset, nestingLimit: nestingLimit, bracketLimit: bracketLimit)
    }

    /// The same check with explicit limits, so tests can reach a limit with small inputs.
    static func check(_ source: SourceText, lineOffset: Int, nestingLimit: Int, bracketLimit: Int) -> MarkupRefusal? {
        let found = [
            NestingScan.firstExcess(in: source, limit: nestingLimit),
            BracketScan.firstExcess(in: source, limit: bracketLimit),
        ].compactMap { $0 }
        guard let first = found.min(by: { $0.byteOffset < $1.byteOffset }) else { return nil }
        let place = source.location(ofByteOffset: first.byteOffset)
        return MarkupRefusal(
            structure: first.structure,
            location: SourceLocation(line: place.line + lineOffset, column: place.column),
            measured: first.measured,
            limit: first.limit
        )
    }

    /// A measure that went over its limit, with the byte where its structure starts.
    struct Excess: Hashable, Sendable {
        var structure: PathologicalStructure
        var byteOffset: Int
        var measured: Int
        var limit: Int
    }
}
