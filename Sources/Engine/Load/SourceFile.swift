import Content
import Diagnostics

/// One input file as the load stage read it: its bytes and their digest.
public struct SourceFile: Sendable {
    public let input: InputFile
    /// The digest of the bytes, the root of every cache key that depends on the file.
    public let digest: Digest

    /// Reads a file through `FileReading`; one that cannot be read keeps its `readFailure` for the check to report.
    static func read(path: String, sizeLimit: Int, root: String?) -> SourceFile {
        let input = InputFile.load(path: path, sizeLimit: sizeLimit, root: root)
        return SourceFile(input: input, digest: input.digest)
    }

    init(input: InputFile, digest: Digest) {
        self.input = input
        self.digest = digest
    }

    public var path: String { input.path }
}
