import Diagnostics

/// The bytes of the files a build read, with their digests (those the diagnostics carry), by path: what a
/// report quotes its excerpts from without reading and hashing the files a second time.
public struct LoadedSources: Sendable, Hashable {
    public let files: [String: CheckedText]

    /// The readable content files of `project`: every front page and experience, and each `edition.yaml`.
    init(_ project: Project) {
        var files: [String: CheckedText] = [:]
        for edition in project.editions {
            for file in edition.pages + edition.experiences where file.input.readFailure == nil {
                files[file.path] = CheckedText(bytes: file.input.bytes, digest: file.digest)
            }
            if let editionFile = edition.editionFile, let input = editionFile.file, input.readFailure == nil {
                files[editionFile.path] = CheckedText(bytes: input.bytes, digest: edition.editionDigest)
            }
        }
        self.files = files
    }

    /// Two loads are alike when they read the same files with the same digests.
    public static func == (left: LoadedSources, right: LoadedSources) -> Bool {
        left.files.count == right.files.count && left.files.allSatisfy { right.files[$0.key]?.digest == $0.value.digest }
    }

    public func hash(into hasher: inout Hasher) {
        for path in files.keys.sorted() {
            hasher.combine(path)
            hasher.combine(files[path]!.digest)
        }
    }
}
