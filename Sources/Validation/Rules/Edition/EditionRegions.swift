import Content
import Diagnostics

/// What the edition rules need to know of one checked file, kept with its check so the rules can run over
/// cached results: its path and kind, and the region its front matter names.
public struct EditionFacts: Codable, Hashable, Sendable {
    public let path: String
    public let kind: DocumentKind
    /// The catalogue's name of the region the front matter's `region` names, when it names one.
    public let namedRegion: String?
    /// Where the front matter names it.
    public let namedRegionRange: SourceRange?

    /// The file name as messages show it (`tarapaca.md`).
    var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// A diagnostic about this file.
    func diagnostic(
        _ code: String, _ severity: Severity, at range: SourceRange?, es: String, en: String, hintES: String, hintEN: String
    ) -> Diagnostic {
        Diagnostic(
            file: path, range: range, severity: severity, code: code,
            message: LocalizedText(es: es, en: en), hint: LocalizedText(es: hintES, en: hintEN))
    }
}

extension DocumentContext {
    /// The facts the edition rules read from this file.
    func editionFacts(_ settings: CheckSettings) -> EditionFacts {
        let named = namedRegion(settings.index.regions)
        return EditionFacts(path: path, kind: kind, namedRegion: named?.spec.region.name, namedRegionRange: named?.node.range)
    }

    /// The region an experience names in its front matter, with the node that names it.
    func namedRegion(_ regions: RegionLookup) -> (spec: RegionSpec, node: YAMLNode)? {
        guard kind == .experience, let node = frontMatter?["region"], let text = node.scalar,
              let spec = regions.region(matching: text) else { return nil }
        return (spec, node)
    }
}
