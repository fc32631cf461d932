/// What a node of the Markdown tree is; one case per CommonMark node type.
public enum MarkupKind: String, Sendable, CaseIterable {
    // Blocks
    case document
    case blockQuote
    case list
    case item
    case codeBlock
    case htmlBlock
    case customBlock
    case paragraph
    case heading
    case thematicBreak
    // Inlines
    case text
    case softBreak
    case lineBreak
    case code
    case htmlInline
    case customInline
    case emphasis
    case strong
    case link
    case image

    /// Whether the node is a block (as opposed to an inline).
    public var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock,
             .paragraph, .heading, .thematicBreak:
            true
        default:
            false
        }
    }
}

/// Bullet or ordered list.
public enum ListKind: String, Sendable {
    case bullet
    case ordered
}

/// The delimiter after an ordered list number.
public enum ListDelimiter: String, Sendable {
    case none
    case period
    case parenthesis
}

/// What CommonMark records about a list.
public struct ListInfo: Hashable, Sendable {
    public var kind: ListKind
    /// The first number of an ordered list; 0 for bullet lists.
    public var start: Int
    public var isTight: Bool
    public var delimiter: ListDelimiter

    public init(kind: ListKind, start: Int, isTight: Bool, delimiter: ListDelimiter) {
        self.kind = kind
        self.start = start
        self.isTight = isTight
        self.delimiter = delimiter
    }
}
