import Foundation

/// One thing a region handed in, as the form delivered it: its bytes, what it is and the name it came with.
struct Upload: Sendable {
    let kind: SourceKind
    /// The name the browser sent (or «texto pegado»), shown only: it never becomes a path.
    let name: String
    let bytes: [UInt8]

    /// The kind a file's name and first bytes say it is: a zip is Word or LibreOffice by its extension, other
    /// text is Markdown; `nil` when it is neither (a PDF, an image, an old `.doc`).
    static func kind(name: String, bytes: [UInt8]) -> SourceKind? {
        let lower = name.lowercased()
        let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if lower.hasSuffix(".docx") || (isZip && !lower.hasSuffix(".odt")) { return .word }
        if lower.hasSuffix(".odt") { return .libreOffice }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".txt") { return .markdown }
        return nil
    }

    /// A name safe to show and store: its last path component, without control characters, at most 120 characters.
    static func displayName(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(String.UnicodeScalarView(last.unicodeScalars.filter {
            !($0.properties.generalCategory == .control || $0.properties.generalCategory == .format)
        }))
        let trimmed = String(clean.prefix(120)).trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "archivo" : trimmed
    }
}
