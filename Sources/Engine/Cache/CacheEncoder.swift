/// Writes an `Encodable` value in the build cache's compact binary form, which `CacheDecoder` reads back.
///
/// Written by hand because no listed package does it: Foundation's JSON and property-list coders spent most of
/// a no-change rebuild parsing keys and escapes back. The form is positional, as a type's synthesized `Codable`
/// conformance walks it: fields in declaration order with no keys, an optional as a presence byte, a sequence
/// as its count then its elements, integers as variable-length numbers, strings as length and UTF-8 bytes.
/// It only round-trips conformances that decode fields in the order they encode them and write no `nil`
/// outside a keyed field; anything else fails to encode (the entry is not kept), never decodes wrongly in
/// silence as long as encode and decode mirror each other, which the cache's round-trip test checks on the
/// real content. Entries are versioned by the executable (`EngineVersion`), so a changed type never reads an
/// old layout.
enum CacheEncoder {
    /// The bytes of `value`.
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let writer = CacheByteWriter()
        try value.encode(to: CacheEncoding(writer: writer))
        return writer.bytes
    }
}

/// The bytes being written, shared by every container of one encoding.
final class CacheByteWriter {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(4096) }

    /// An unsigned number in seven-bit groups, low first, the high bit meaning "more follows".
    func writeVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A signed number, zig-zag folded so small negatives stay short.
    func writeSigned(_ value: Int64) {
        writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A sequence's count, left as four zero bytes to fill in when its last element is written.
    func reserveCount() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count - 4
    }

    func fillCount(_ count: UInt32, at offset: Int) {
        for index in 0 ..< 4 { bytes[offset + index] = UInt8(truncatingIfNeeded: count >> (8 * UInt32(index))) }
    }

    /// Writes any value: the ones with a compact form directly, the rest through their own `encode(to:)`.
    func write<Value: Encodable>(_ value: Value) throws {
        switch value {
        case let string as String: write(string)
        case let flag as Bool: write(flag)
        case let number as Int: writeSigned(Int64(number))
        default: try value.encode(to: CacheEncoding(writer: self))
        }
    }

    /// The error for what the form cannot hold.
    static func unsupported(_ what: String, _ path: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(what, EncodingError.Context(codingPath: path, debugDescription: "the cache's form cannot hold \(what)"))
    }
}

/// The `Encoder` handed to a value's `encode(to:)`.
struct CacheEncoding: Encoder {
    let writer: CacheByteWriter
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CacheKeyedWriter<Key>(writer: writer))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { CacheUnkeyedWriter(writer: writer) }

    func singleValueContainer() -> any SingleValueEncodingContainer { CacheSingleValueWriter(writer: writer) }
}

/// A keyed container: its fields one after another, without their keys.
struct CacheKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: CacheByteWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { throw CacheByteWriter.unsupported("nil", [key]) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { writer.write(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { writer.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { writer.writeVarint(value.bitPattern) }
    mutating func encode(_ value: Float, forKey key: Key) throws { writer.writeVarint(UInt64(value.bitPattern)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { writer.writeSigned(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { writer.writeVarint(value) }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws { try writer.write(value) }

    // An optional field is a presence byte, then the value when present. The synthesized conformances call
    // these for every optional field; implementing them all keeps the default (which skips absent keys) out.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws { try present(value) }

    private func present<Value: Encodable>(_ value: Value?) throws {
        writer.write(value != nil)
        if let value { try writer.write(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(CacheKeyedWriter<NestedKey>(writer: writer))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { CacheUnkeyedWriter(writer: writer) }
    mutating func superEncoder() -> any Encoder { CacheEncoding(writer: writer) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { CacheEncoding(writer: writer) }
}

/// An unkeyed container: its count (filled in as elements are written), then the elements.
struct CacheUnkeyedWriter: UnkeyedEncodingContainer {
    let writer: CacheByteWriter
    let countOffset: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(writer: CacheByteWriter) {
        self.writer = writer
        countOffset = writer.reserveCount()
    }

    /// Counts one more element; called before it is written, so a nested container's count comes after.
    private mutating func counted() {
        count += 1
        writer.fillCount(UInt32(count), at: countOffset)
    }

    mutating func encodeNil() throws { throw CacheByteWriter.unsupported("nil", []) }
    mutating func encode(_ value: Bool) throws { counted(); writer.write(value) }
    mutating func encode(_ value: String) throws { counted(); writer.write(value) }
    mutating func encode(_ value: Double) throws { counted(); writer.writeVarint(value.bitPattern) }
    mutating func encode(_ value: Float) throws { counted(); writer.writeVarint(UInt64(value.bitPattern)) }
    mutating func encode(_ value: Int) throws { counted(); writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int8) throws { counted(); writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int16) throws { counted(); writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int32) throws { counted(); writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int64) throws { counted(); writer.writeSigned(value) }
    mutating func encode(_ value: UInt) throws { counted(); writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { counted(); writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { counted(); writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { counted(); writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { counted(); writer.writeVarint(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws {
        counted()
        try writer.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return KeyedEncodingContainer(CacheKeyedWriter<NestedKey>(writer: writer))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        counted()
        return CacheUnkeyedWriter(writer: writer)
    }

    mutating func superEncoder() -> any Encoder {
        counted()
        return CacheEncoding(writer: writer)
    }
}

/// A single value, written as it is.
struct CacheSingleValueWriter: SingleValueEncodingContainer {
    let writer: CacheByteWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { throw CacheByteWriter.unsupported("nil", []) }
    mutating func encode(_ value: Bool) throws { writer.write(value) }
    mutating func encode(_ value: String) throws { writer.write(value) }
    mutating func encode(_ value: Double) throws { writer.writeVarint(value.bitPattern) }
    mutating func encode(_ value: Float) throws { writer.writeVarint(UInt64(value.bitPattern)) }
    mutating func encode(_ value: Int) throws { writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int8) throws { writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int16) throws { writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int32) throws { writer.writeSigned(Int64(value)) }
    mutating func encode(_ value: Int64) throws { writer.writeSigned(value) }
    mutating func encode(_ value: UInt) throws { writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { writer.writeVarint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { writer.writeVarint(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { try writer.write(value) }
}
