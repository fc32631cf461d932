import Content

/// The scalar values of front-matter nodes, each with the name of the key it belongs to, in document order:
/// the walk the value rules (long words, region spellings) share.
enum FrontMatterScalars {
    /// Calls `visit` with each scalar under `roots` (the key, at most 40 characters; the node; its text).
    /// A sequence's items take their list's key; a mapping's values their own key.
    static func forEach(under roots: [(key: String, node: YAMLNode)], _ visit: (String, YAMLNode, String) -> Void) {
        var pending = Array(roots.reversed())
        while let (key, node) = pending.popLast() {
            switch node.value {
            case .mapping(let pairs):
                pending.append(contentsOf: pairs.reversed().map { (String(($0.key.scalar ?? key).prefix(40)), $0.value) })
            case .sequence(let items):
                pending.append(contentsOf: items.reversed().map { (key, $0) })
            case .scalar(let text, _):
                visit(key, node, text)
            }
        }
    }
}
