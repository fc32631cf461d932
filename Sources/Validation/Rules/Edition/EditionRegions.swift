import Content
import Diagnostics

extension DocumentContext {
    /// The region an experience names in its front matter, with the node that names it.
    func namedRegion(_ regions: RegionLookup) -> (spec: RegionSpec, node: YAMLNode)? {
        guard kind == .experience, let node = frontMatter?["region"], let text = node.scalar,
              let spec = regions.region(matching: text) else { return nil }
        return (spec, node)
    }

    /// The file name as messages show it (`tarapaca.md`).
    var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
