/// A file's bytes as they were read and checked, with their digest (the one the file's diagnostics carry):
/// what a report may quote without reading the file again.
public struct CheckedText: Sendable {
    public let bytes: [UInt8]
    public let digest: Digest

    public init(bytes: [UInt8], digest: Digest) {
        self.bytes = bytes
        self.digest = digest
    }
}
