import Content
import Diagnostics

/// One input file as the load stage read it: its bytes and their digest.
public struct SourceFile: Sendable {
    public let input: InputFile
    /// The digest of the bytes, the root of every cache key that depends on the file.
    public let digest: Digest

    /// Reads a file; an unreadable one reads as empty, as the checker treats it (the check reports it).
    static func read(path: String) -> SourceFile {
        let input = InputFile.read(path: path) ?? InputFile(path: path, bytes: [])
        return SourceFile(input: input, digest: Digest(of: input.bytes))
    }

    init(input: InputFile, digest: Digest) {
        self.input = input
        self.digest = digest
    }

    public var path: String { input.path }
}
