import Diagnostics

/// One unit of the output the plan says to write: its kind, its files' paths, and the key of everything its
/// bytes depend on. Two builds that plan the same key write the same bytes, so a unit whose key the previous
/// build wrote is carried over rather than rendered again.
public struct PlannedPage: Sendable, Hashable {
    public let kind: PageKind
    /// The edition's position in the build's editions; `nil` for the site's own pages.
    public let edition: Int?
    /// For a region page, the region's position in the edition's regions with experiences.
    public let region: Int?
    /// The files the unit writes, relative to the output folder.
    public let paths: [String]
    /// The digest of every input below.
    public let key: Digest
    /// The inputs the unit depends on, by name (`file:<path>`, `edition-file:<id>`, `templates:<names>`,
    /// `asset:<path>`, `settings`, `roster:<id>`, `pdf-link`, `archive-entries`, `build-date`), for tests and notes.
    public let inputs: [String]
}
