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
        var table: [Int32] = []
        table.reserveCapacity(source.byteLength(ofLine: line) + 1)
        var characterIndex: Int32 = 0
        for character in source.line(line) {
            for _ in 0..<character.utf8.count { table.append(characterIndex) }
            characterIndex += 1
        }
        table.append(characterIndex)
        byteTables[line] = table
        return table
    }

    /// For each scalar of the line (and one past its end), the 0-based character index.
    private func scalarTable(line: Int) -> [Int32] {
        if let cached = scalarTables[line] { return cached }
        var table: [Int32] = []
        var characterIndex: Int32 = 0
        for character in source.line(line) {
            for _ in 0..<character.unicodeScalars.count { table.append(characterIndex) }
            characterIndex += 1
        }
        table.append(characterIndex)
        scalarTables[line] = table
        return table
    }
}
