/// Converts byte or scalar columns into character columns, caching one table per line.
///
/// A reference type on purpose: it is made for one pass over one file and
/// remembers the lines it has measured, so a thousand nodes on one long line
/// cost one scan of that line, not a thousand.
public final class ColumnConverter {
    private let source: SourceText
    private var byteTables: [Int: [Int32]] = [:]
    private var scalarTables: [Int: [Int32]] = [:]

    public init(source: SourceText) {
        self.source = source
    }

    /// The 1-based character column holding the byte at a 1-based byte column.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard byteColumn >= 1 else { return 1 }
        if source.isASCII(line: line) { return byteColumn }
        let table = byteTable(line: line)
        let index = min(byteColumn - 1, table.count - 1)
        return Int(table[index]) + 1
    }

    /// The 1-based character column holding the scalar at a 1-based scalar column.
    public func characterColumn(line: Int, scalarColumn: Int) -> Int {
        guard scalarColumn >= 1 else { return 1 }
        if source.isASCII(line: line) { return scalarColumn }
        let table = scalarTable(line: line)
        let index = min(scalarColumn - 1, table.count - 1)
        return Int(table[index]) + 1
    }

    /// For each byte of the line (and one past its end), the 0-based character index.
    private func byteTable(line: Int) -> [Int32] {
        if let cached = byteTables[line] { return cached }
        let text = source.line(line)
        let table = Self.loneScalarTable(text, perByte: true) ?? Self.characterTable(text) { $0.utf8.count }
        byteTables[line] = table
        return table
    }

    /// For each scalar of the line (and one past its end), the 0-based character index.
    private func scalarTable(line: Int) -> [Int32] {
        if let cached = scalarTables[line] { return cached }
        let text = source.line(line)
        let table = Self.loneScalarTable(text, perByte: false) ?? Self.characterTable(text) { $0.unicodeScalars.count }
        scalarTables[line] = table
        return table
    }

    /// The table made by walking the line's characters, each repeated `units` times: any line.
    static func characterTable(_ line: String, units: (Character) -> Int) -> [Int32] {
        var table: [Int32] = []
        var characterIndex: Int32 = 0
        for character in line {
            for _ in 0..<units(character) { table.append(characterIndex) }
            characterIndex += 1
        }
        table.append(characterIndex)
        return table
    }

    /// The same table read from UTF-8 when every scalar is a character of its own (`LoneScalar`), which is
    /// the Spanish text of nearly every line; `nil` when a scalar is not (or is a CR, which joins an LF).
    static func loneScalarTable(_ line: String, perByte: Bool) -> [Int32]? {
        var line = line
        line.makeContiguousUTF8()
        return line.utf8.withContiguousStorageIfAvailable { bytes -> [Int32]? in
            var table: [Int32] = []
            table.reserveCapacity(bytes.count + 1)
            var index = 0
            var characterIndex: Int32 = 0
            while index < bytes.count {
                let (value, length) = LoneScalar.decode(bytes, at: index)
                guard LoneScalar.contains(value), value != 0x0D else { return nil }
                for _ in 0..<(perByte ? length : 1) { table.append(characterIndex) }
                characterIndex += 1
                index += length
            }
            table.append(characterIndex)
            return table
        } ?? nil
    }
}
