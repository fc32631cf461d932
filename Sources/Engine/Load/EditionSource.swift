import Content
import Diagnostics

/// One edition folder as loaded: its files read, nothing checked yet.
public struct EditionSource: Sendable {
    public let folder: EditionFolder
    /// `edition.yaml`: its path and bytes (`nil` bytes when unreadable); `nil` when the folder has none.
    public let editionFile: (path: String, file: InputFile?)?
    /// The digest of `edition.yaml`'s bytes (of nothing when absent or unreadable).
    public let editionDigest: Digest
    /// `paginas/*.md`, in the folder's order.
    public let pages: [SourceFile]
    /// `experiencias/*.md`, in the folder's order.
    public let experiences: [SourceFile]

    public var id: String { folder.id }
}
