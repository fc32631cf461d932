/// Word's tracked changes accepted and its comments taken out, counting both so the writer is told.
///
/// pandoc reads with `--track-changes=all`, which keeps each change as a marked span (`insertion`,
/// `deletion`) and each comment as a `comment-start` span holding the comment's text. Accepting here, rather
/// than with pandoc's `accept`, is what lets the import say that changes were still pending: a region that
/// sends a file under review sends what the reviewer proposed, and should know it.
struct TrackedChanges {
    /// Insertions and deletions that were still pending.
    private(set) var pendingChanges = 0
    /// Comments dropped.
    private(set) var comments = 0

    /// The document with every change accepted and every comment removed.
    mutating func accept(_ document: PandocDocument) -> PandocDocument {
        var accepted = document
        accepted.blocks = blocks(document.blocks)
        accepted.title = inlines(document.title)
        return accepted
    }

    private mutating func blocks(_ blocks: [PandocBlock]) -> [PandocBlock] {
        var out: [PandocBlock] = []
        for block in blocks {
            switch block {
            case .plain(let words): out.append(.plain(inlines(words)))
            case .paragraph(let words):
                // A paragraph whose every word was a pending deletion goes with them.
                let kept = inlines(words)
                if !(kept.isEmpty && !words.isEmpty) { out.append(.paragraph(kept)) }
            case .lineBlock(let lines): out.append(.lineBlock(lines.map { inlines($0) }))
            case .blockQuote(let inner): out.append(.blockQuote(self.blocks(inner)))
            case .orderedList(let start, let items): out.append(.orderedList(start: start, items: items.map { self.blocks($0) }))
            case .bulletList(let items): out.append(.bulletList(items.map { self.blocks($0) }))
            case .definitionList(let items):
                out.append(.definitionList(items.map { (inlines($0.term), $0.definitions.map { self.blocks($0) }) }))
            case .header(let level, let attributes, let words): out.append(.header(level: level, attributes, inlines(words)))
            case .table(var table):
                table.headRows = table.headRows.map { $0.map { self.blocks($0) } }
                table.bodyRows = table.bodyRows.map { $0.map { self.blocks($0) } }
                out.append(.table(table))
            case .division(let attributes, let inner): out.append(.division(attributes, self.blocks(inner)))
            case .codeBlock, .rawBlock, .horizontalRule, .other: out.append(block)
            }
        }
        return out
    }

    private mutating func inlines(_ inlines: [PandocInline]) -> [PandocInline] {
        var out: [PandocInline] = []
        for inline in inlines {
            switch inline {
            case .span(let attributes, let inner):
                if attributes.classes.contains("insertion") {
                    pendingChanges += 1
                    out += self.inlines(inner)
                } else if attributes.classes.contains("deletion") {
                    pendingChanges += 1
                } else if attributes.classes.contains("comment-start") {
                    comments += 1
                } else if attributes.classes.contains("comment-end")
                            || attributes.classes.contains("paragraph-insertion")
                            || attributes.classes.contains("paragraph-deletion") {
                    continue
                } else {
                    out.append(.span(attributes, self.inlines(inner)))
                }
            case .emphasis(let inner): out.append(.emphasis(self.inlines(inner)))
            case .underline(let inner): out.append(.underline(self.inlines(inner)))
            case .strong(let inner): out.append(.strong(self.inlines(inner)))
            case .strikeout(let inner): out.append(.strikeout(self.inlines(inner)))
            case .superscript(let inner): out.append(.superscript(self.inlines(inner)))
            case .subscript(let inner): out.append(.subscript(self.inlines(inner)))
            case .smallCaps(let inner): out.append(.smallCaps(self.inlines(inner)))
            case .quoted(let double, let inner): out.append(.quoted(double: double, self.inlines(inner)))
            case .link(let inner, let url): out.append(.link(self.inlines(inner), url: url))
            case .image(let inner, let url): out.append(.image(self.inlines(inner), url: url))
            case .cite(let inner): out.append(.cite(self.inlines(inner)))
            case .note(let inner): out.append(.note(blocks(inner)))
            case .text, .code, .space, .softBreak, .lineBreak, .math, .rawInline: out.append(inline)
            }
        }
        return out
    }
}
