import Crypto

/// A SHA-256 content hash: of a file's bytes (what a diagnostic was found in), or of everything a cached result
/// depends on (the build cache's key).
///
/// SHA-256 rather than a fast non-cryptographic hash because content is untrusted: a region must not be able
/// to write a file whose key collides with another's and be handed that file's checked result.
public struct Digest: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The hash in lower-case hexadecimal: 64 characters, safe as a file name.
    public let hex: String

    /// The digest of some bytes.
    public init(of bytes: some Sequence<UInt8>) {
        hex = Self.hex(SHA256.hash(data: Array(bytes)))
    }

    /// A digest read back (from the cache's record of the output).
    package init(hex: String) { self.hex = hex }

    public var description: String { hex }

    /// Read as its hexadecimal text.
    public init(from decoder: any Decoder) throws {
        hex = try decoder.singleValueContainer().decode(String.self)
    }

    /// Written as its hexadecimal text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    public static func < (left: Digest, right: Digest) -> Bool { left.hex < right.hex }

    /// Lower-case hexadecimal of a finished hash.
    fileprivate static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// Builds a digest from named parts, each length-prefixed so that no two different lists of parts hash alike.
public struct DigestBuilder {
    private var hasher = SHA256()

    /// A builder whose first part names what is being keyed ("chapter", "page:region").
    public init(_ purpose: String) { add(purpose) }

    /// Adds text.
    public mutating func add(_ text: String) { add(bytes: Array(text.utf8)) }

    /// Adds another digest.
    public mutating func add(_ digest: Digest) { add(digest.hex) }

    /// Adds an optional text, telling `nil` apart from every string.
    public mutating func add(_ text: String?) {
        if let text { add("1"); add(text) } else { add("0") }
    }

    /// Adds raw bytes.
    public mutating func add(bytes: [UInt8]) {
        var length = UInt64(bytes.count).littleEndian
        withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
        hasher.update(data: bytes)
    }

    /// The digest of everything added.
    public func finish() -> Digest { Digest(hex: Digest.hex(hasher.finalize())) }
}
