import Markup

/// Counting words as a reader would: runs of text between spaces that hold a letter or a digit.
enum WordCount {
    /// Words in a text; a lone dash or bullet is not a word.
    static func of(_ text: String) -> Int {
        LatinWordCount.count(in: text) ?? countingCharacters(text)
    }

    /// `of` on `Character`s, for any text: the reference `LatinWordCount` is tested against.
    static func countingCharacters(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).reduce(0) { count, token in
            token.contains { $0.isLetter || $0.isNumber } ? count + 1 : count
        }
    }

    /// Words in a block, counted leaf by leaf: the text of two list items or paragraphs is joined
    /// with no space between them, which would glue their last and first words into one.
    static func of(block: MarkupNode) -> Int {
        block.subtree.reduce(0) { count, node in
            switch node.kind {
            case .paragraph, .heading: count + of(node.plainText)
            case .codeBlock: count + of(node.literal ?? "")
            default: count
            }
        }
    }
}
