import Content
import Diagnostics

/// One file checked on its own: its diagnostics, the facts the edition rules read, and its typed form.
///
/// A pure function of the file's bytes, its kind and the check settings, so the engine keeps it in its cache
/// keyed by those, and the edition rules run over kept results when only one file changed.
public struct FileCheck: Codable, Hashable, Sendable {
    public let path: String
    public let kind: DocumentKind
    /// The digest of the bytes checked; every diagnostic pointing into the file carries it.
    public let sourceDigest: Digest
    /// Every problem the file's rules found, in the order they ran.
    public let diagnostics: [Diagnostic]
    public let facts: EditionFacts
    /// The experience the file decodes to; `nil` for a front page or a file with errors.
    public let experience: Experience?
    /// The front page the file decodes to; `nil` for an experience or a file with errors.
    public let page: FrontPage?

    public init(
        path: String, kind: DocumentKind, sourceDigest: Digest, diagnostics: [Diagnostic], facts: EditionFacts,
        experience: Experience?, page: FrontPage?
    ) {
        self.path = path
        self.kind = kind
        self.sourceDigest = sourceDigest
        self.diagnostics = diagnostics.stamped(with: [path: sourceDigest])
        self.facts = facts
        self.experience = experience
        self.page = page
    }
}
