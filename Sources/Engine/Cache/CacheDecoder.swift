/// Reads back a value `CacheEncoder` wrote (see there for the form and what it can hold).
///
/// Every read is bounds-checked and every count and length validated against what is left, so truncated or
/// corrupt bytes throw (a cache miss) and never crash or loop; the caller checks the entry's checksum first.
enum CacheDecoder {
    /// The value in `bytes`, which must be used up exactly.
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        let reader = CacheByteReader(bytes)
        let value = try Value(from: CacheDecoding(reader: reader))
        guard reader.isAtEnd else { throw reader.corrupt("bytes left over") }
        return value
    }
}

/// The bytes being read and the position in them, shared by every container of one decoding.
final class CacheByteReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    func corrupt(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "cache entry: \(what) at byte \(index)"))
    }

    func readByte() throws -> UInt8 {
        guard index < bytes.count else { throw corrupt("unexpected end") }
        defer { index += 1 }
        return bytes[index]
    }

    func readVarint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64 else { throw corrupt("overlong number") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    func readSigned() throws -> Int64 {
        let folded = try readVarint()
        return Int64(bitPattern: (folded >> 1) ^ (0 &- (folded & 1)))
    }

    /// An integer that must fit `Target`.
    func readInteger<Target: FixedWidthInteger>(_ type: Target.Type) throws -> Target {
        if Target.isSigned {
            guard let value = Target(exactly: try readSigned()) else { throw corrupt("number out of range") }
            return value
        }
        guard let value = Target(exactly: try readVarint()) else { throw corrupt("number out of range") }
        return value
    }

    func readBool() throws -> Bool {
        switch try readByte() {
        case 0: false
        case 1: true
        default: throw corrupt("not a flag")
        }
    }

    func readString() throws -> String {
        let length = try readVarint()
        guard length <= UInt64(bytes.count - index) else { throw corrupt("string longer than the entry") }
        let end = index + Int(length)
        defer { index = end }
        guard let string = String(validating: bytes[index ..< end], as: UTF8.self) else { throw corrupt("text not UTF-8") }
        return string
    }

    /// A sequence's count, refused when larger than the bytes left: no type the cache holds encodes an element
    /// in zero bytes, and a forged count must not make a decoder reserve room for billions.
    func readCount() throws -> Int {
        var count: UInt32 = 0
        for shift in stride(from: UInt32(0), to: 32, by: 8) { count |= UInt32(try readByte()) << shift }
        guard Int(count) <= bytes.count - index else { throw corrupt("count larger than the entry") }
        return Int(count)
    }

    /// Reads any value: the ones with a compact form directly, the rest through their own `init(from:)`.
    func read<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if Value.self == String.self { return try readString() as! Value }
        if Value.self == Bool.self { return try readBool() as! Value }
        if Value.self == Int.self { return try readInteger(Int.self) as! Value }
        return try Value(from: CacheDecoding(reader: self))
    }
}

/// The `Decoder` handed to a value's `init(from:)`.
struct CacheDecoding: Decoder {
    let reader: CacheByteReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(CacheKeyedReader<Key>(reader: reader))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try CacheUnkeyedReader(reader: reader) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { CacheSingleValueReader(reader: reader) }
}

/// A keyed container: its fields in the order they were written. It cannot list or test for keys.
struct CacheKeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: CacheByteReader
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    /// Every field was written, absent optionals as a presence byte, so every key is "there".
    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { throw reader.corrupt("no nil in the cache's form (\(key.stringValue))") }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.readBool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.readString() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { Double(bitPattern: try reader.readVarint()) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(bitPattern: try reader.readInteger(UInt32.self)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.readInteger(Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.readInteger(Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.readInteger(Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.readInteger(Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.readInteger(Int64.self) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.readInteger(UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.readInteger(UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.readInteger(UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.readInteger(UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.readVarint() }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value { try reader.read(type) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(type) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(type) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(type) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present(type) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present(type) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(type) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(type) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present(type) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present(type) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present(type) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present(type) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(type) }
    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? { try present(type) }

    private func present<Value: Decodable>(_ type: Value.Type) throws -> Value? {
        try reader.readBool() ? try CacheSingleValueReader(reader: reader).decode(type) : nil
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(CacheKeyedReader<NestedKey>(reader: reader))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try CacheUnkeyedReader(reader: reader) }
    func superDecoder() throws -> any Decoder { CacheDecoding(reader: reader) }
    func superDecoder(forKey key: Key) throws -> any Decoder { CacheDecoding(reader: reader) }
}

/// An unkeyed container: its count, then its elements.
struct CacheUnkeyedReader: UnkeyedDecodingContainer {
    let reader: CacheByteReader
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(reader: CacheByteReader) throws {
        self.reader = reader
        count = try reader.readCount()
    }

    /// Moves past one element, refusing to read beyond the last.
    private mutating func next() throws {
        guard !isAtEnd else { throw reader.corrupt("read past the last element") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(); return try reader.readBool() }
    mutating func decode(_ type: String.Type) throws -> String { try next(); return try reader.readString() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(); return Double(bitPattern: try reader.readVarint()) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(); return Float(bitPattern: try reader.readInteger(UInt32.self)) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(); return try reader.readInteger(Int.self) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(); return try reader.readInteger(Int8.self) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(); return try reader.readInteger(Int16.self) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(); return try reader.readInteger(Int32.self) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(); return try reader.readInteger(Int64.self) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(); return try reader.readInteger(UInt.self) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(); return try reader.readInteger(UInt8.self) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(); return try reader.readInteger(UInt16.self) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(); return try reader.readInteger(UInt32.self) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(); return try reader.readVarint() }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try next(); return try reader.read(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next()
        return KeyedDecodingContainer(CacheKeyedReader<NestedKey>(reader: reader))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return try CacheUnkeyedReader(reader: reader)
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
        return CacheDecoding(reader: reader)
    }
}

/// A single value, read as it was written.
struct CacheSingleValueReader: SingleValueDecodingContainer {
    let reader: CacheByteReader
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.readBool() }
    func decode(_ type: String.Type) throws -> String { try reader.readString() }
    func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try reader.readVarint()) }
    func decode(_ type: Float.Type) throws -> Float { Float(bitPattern: try reader.readInteger(UInt32.self)) }
    func decode(_ type: Int.Type) throws -> Int { try reader.readInteger(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.readInteger(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.readInteger(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.readInteger(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.readInteger(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.readInteger(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.readInteger(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.readInteger(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.readInteger(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.readVarint() }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try reader.read(type) }
}
