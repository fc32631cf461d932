import Rendering

/// An edition of the previous output that this build keeps as it is (`--edicion` builds another one): its
/// folder is linked into the new output, and the archive lists it from its manifest.
public struct KeptEdition: Sendable, Hashable {
    public let id: String
    /// Its entry in the archive, read from its `edicion.json` and the pages it holds; `nil` when the folder
    /// holds neither a home nor a booklet (it is kept, but not linked dead).
    public let entry: ArchiveEntry?
}
