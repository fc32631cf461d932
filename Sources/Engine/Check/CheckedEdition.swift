import Diagnostics
import Validation

/// One edition after the check stage: its check, and the digest each experience's content is known by.
public struct CheckedEdition: Sendable {
    public let source: EditionSource
    public let check: EditionCheck
    /// Each checked file's digest (of its bytes and the settings), keyed by path: what pages depend on.
    public let fileDigests: [String: Digest]
    /// Each experience's facts digest (`ExperienceFacts`), keyed by path: what the pages listing experiences
    /// without their text depend on.
    public let factsDigests: [String: Digest]
}
