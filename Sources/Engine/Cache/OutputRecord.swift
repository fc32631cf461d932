import Diagnostics

/// What a build wrote into the output, by page unit: each file's path and identity on disk, so the next build
/// can link a page whose inputs did not change instead of rendering and writing it again.
struct OutputRecord: Codable, Sendable {
    /// One file as it was left in the output.
    struct File: Codable, Hashable, Sendable {
        /// Relative to the output folder.
        let path: String
        let identity: FileSystemCalls.FileIdentity
    }

    /// The files of each unit, keyed by the unit's digest.
    var units: [Digest: [File]] = [:]
}
