import Diagnostics

/// One node as stored in the tree's flat, pre-order array.
struct NodeRecord: Sendable {
    var kind: MarkupKind
    /// Index of the parent record; -1 for the root.
    var parent: Int32
    /// Index one past this node's last descendant: the subtree is `index..<subtreeEnd`.
    var subtreeEnd: Int32
    var literal: String?
    var headingLevel: Int8
    var list: ListInfo?
    var destination: String?
    var title: String?
    var fenceInfo: String?
    /// The custom block/inline texts, kept so a rendered subtree is faithful.
    var onEnter: String?
    var onExit: String?
    var range: SourceRange?
}

/// An immutable Markdown tree copied out of libcmark; no C memory behind it.
///
/// Nodes live in one flat array in document (pre-order) order, so walking,
/// copying and freeing never recurse, whatever the nesting depth.
public struct MarkupTree: Sendable {
    let records: [NodeRecord]
    /// The options the tree was parsed with; rendering honours the same safety choice.
    public let options: MarkupOptions

    init(records: [NodeRecord], options: MarkupOptions) {
        self.records = records
        self.options = options
    }

    /// The document node.
    public var root: MarkupNode { MarkupNode(tree: self, index: 0) }

    /// Number of nodes in the tree.
    public var nodeCount: Int { records.count }

    /// Every node in document order.
    public var allNodes: [MarkupNode] { (0..<records.count).map { MarkupNode(tree: self, index: $0) } }

    /// The whole document as HTML.
    public func html() -> String { root.html() }
}

/// A view of one node of a `MarkupTree`; cheap to copy, valid as long as it exists.
public struct MarkupNode: Sendable {
    public let tree: MarkupTree
    let index: Int

    private var record: NodeRecord { tree.records[index] }

    public var kind: MarkupKind { record.kind }
    /// The text of text, code, code block and HTML nodes.
    public var literal: String? { record.literal }
    /// 1 to 6 for headings, `nil` otherwise.
    public var headingLevel: Int? { record.kind == .heading ? Int(record.headingLevel) : nil }
    public var list: ListInfo? { record.list }
    /// The URL of a link or image.
    public var destination: String? { record.destination }
    /// The title of a link or image.
    public var title: String? { record.title }
    /// The info string of a fenced code block.
    public var fenceInfo: String? { record.fenceInfo }
    /// Where the node stands in the file; `nil` where the parser records no position.
    public var range: SourceRange? { record.range }

    /// Stable identity of the node inside its tree (its document-order index).
    public var id: Int { index }

    public var parent: MarkupNode? {
        let parent = Int(record.parent)
        return parent < 0 ? nil : MarkupNode(tree: tree, index: parent)
    }

    /// The direct children, in order.
    public var children: [MarkupNode] {
        var result: [MarkupNode] = []
        let end = Int(record.subtreeEnd)
        var child = index + 1
        while child < end {
            result.append(MarkupNode(tree: tree, index: child))
            child = Int(tree.records[child].subtreeEnd)
        }
        return result
    }

    /// This node and all below it, in document order.
    public var subtree: [MarkupNode] {
        (index..<Int(record.subtreeEnd)).map { MarkupNode(tree: tree, index: $0) }
    }

    /// The text a reader sees: literals of text and code, breaks as spaces.
    public var plainText: String {
        var text = ""
        for i in index..<Int(record.subtreeEnd) {
            let r = tree.records[i]
            switch r.kind {
            case .text, .code: text += r.literal ?? ""
            case .softBreak, .lineBreak: text += " "
            default: break
            }
        }
        return text
    }

    /// This node (and what is below it) as HTML, rendered by libcmark.
    public func html() -> String {
        CmarkBridge.renderHTML(tree: tree, index: index)
    }
}
