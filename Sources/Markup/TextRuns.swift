/// Runs of sibling text nodes typeset as one text when a subtree is rendered (`YearRange`).
///
/// With smart punctuation cmark ends a text node at every `-`, `'`, `"` and `.`, so «2015-2017» is parsed as
/// three siblings ("2015", "-", "2017"): a range of years is only seen across the run. Only text nodes are
/// joined, so code spans, code blocks, raw HTML and a link's address are never touched; a link's text is
/// text nodes of its own, under the link, and is typeset as such.
enum TextRuns {
    /// For the records in `range`: the typeset text of each run it changes, keyed by the run's first record,
    /// and the run's other records, which the rendered tree leaves out (their text is in the first).
    static func typeset(_ records: [NodeRecord], in range: Range<Int>) -> (texts: [Int: String], dropped: Set<Int>) {
        var texts: [Int: String] = [:]
        var dropped: Set<Int> = []
        var start = range.lowerBound
        while start < range.upperBound {
            guard records[start].kind == .text else {
                start += 1
                continue
            }
            // A text node is a leaf, so the next record is its next sibling when it has the same parent.
            var end = start + 1
            while end < range.upperBound, records[end].kind == .text, records[end].parent == records[start].parent { end += 1 }
            // Two years are eight digits: most runs have fewer and are passed over without joining their texts.
            let digits = records[start..<end].reduce(0) { count, record in
                count + (record.literal?.utf8.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) } ?? 0)
            }
            guard digits >= 8 else {
                start = end
                continue
            }
            let written = records[start..<end].map { $0.literal ?? "" }.joined()
            let typeset = YearRange.typeset(written)
            if typeset != written {
                texts[start] = typeset
                dropped.formUnion(start + 1..<end)
            }
            start = end
        }
        return (texts, dropped)
    }
}
