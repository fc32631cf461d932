/// A file to write under the output folder.
public struct RenderedFile: Sendable, Hashable {
    /// Relative and "/"-separated, e.g. "2015-2017/booklet.html"; never absolute, never "..".
    public let path: String
    public let data: [UInt8]

    /// A file of the given bytes at a relative path.
    public init(path: String, data: [UInt8]) {
        self.path = path
        self.data = data
    }

    /// A text file stored as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, data: Array(text.utf8))
    }
}
