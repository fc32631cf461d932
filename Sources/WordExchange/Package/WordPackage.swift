import Foundation
import ZIPFoundation

/// A Word (`.docx`) or LibreOffice (`.odt`) file opened and measured before pandoc sees it.
///
/// Both formats are zip archives of XML parts. The file is untrusted: it is refused when it is too large, when
/// its parts unpack to more than `PackageLimits.unpackedBytes` (a zip bomb: the sizes are measured by actually
/// inflating under that budget, not taken from the archive's own claims), when it is the old binary `.doc` or
/// an encrypted document (both OLE compound files), when it has thousands of parts or an XML part of more than
/// `PackageLimits.keptPartBytes`, and when it is damaged. What pandoc does not carry into its
/// document model — charts, text in headers and footers, text boxes — is counted here from the parts, so the
/// importer can report it instead of dropping it silently.
public struct WordPackage: Sendable {
    /// The two formats read.
    public enum Format: String, Sendable {
        case docx
        case odt

        /// pandoc's reader name.
        var pandocReader: String { rawValue }
    }

    public let path: String
    public let format: Format
    /// What the parts hold beyond the body's text.
    public let contents: PackageContents

    /// Opens and measures the file at `path`; throws the refusal a person should read.
    public static func open(_ path: String, limits: PackageLimits = .standard) throws(WordFileRefusal) -> WordPackage {
        let url = URL(fileURLWithPath: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue,
              let handle = try? FileHandle(forReadingFrom: url)
        else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw WordFileRefusal(code: "word.missing", message: .init(
                    es: "no existe el archivo «\(path)».", en: "the file «\(path)» does not exist."))
            }
            throw WordFileRefusal(code: "word.unreadable", message: .init(
                es: "no se puede leer «\(path)» (¿es una carpeta, o faltan permisos?).",
                en: "«\(path)» cannot be read (is it a folder, or are permissions missing?)."))
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.starts(with: Self.compoundFileSignature) {
            throw Self.compoundFileRefusal(path: path, handle: handle, size: size)
        }
        guard head.starts(with: Self.zipSignature) else { throw .notADocument(path) }
        guard size <= limits.fileBytes else { throw .tooLarge(path, bytes: size, limit: limits.fileBytes) }

        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .damaged(path, detail: "zip")
        }
        let parts = try Self.unpack(archive, path: path, limits: limits)
        let format: Format
        if parts.names.contains("word/document.xml") {
            format = .docx
        } else if parts.names.contains("content.xml"), parts.text("mimetype").hasPrefix("application/vnd.oasis.opendocument.text") {
            format = .odt
        } else {
            throw .notADocument(path)
        }
        if format == .odt, parts.text("META-INF/manifest.xml").contains("encryption-data") { throw .encrypted(path) }
        return WordPackage(path: path, format: format, contents: PackageContents(format: format, parts: parts))
    }

    /// An OLE compound file: the old `.doc`, or an encrypted `.docx` (Word wraps those in one).
    private static func compoundFileRefusal(path: String, handle: FileHandle, size: Int) -> WordFileRefusal {
        try? handle.seek(toOffset: 0)
        let bytes = [UInt8]((try? handle.read(upToCount: min(size, 4 << 20))) ?? Data())
        // Stream names are UTF-16LE in the compound file's directory.
        let encryptionInfo = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        if bytes.firstRange(of: encryptionInfo) != nil { return .encrypted(path) }
        return .oldWordFormat(path)
    }

    /// Inflates every part under the budget, keeping the text of the parts worth reading.
    private static func unpack(_ archive: Archive, path: String, limits: PackageLimits) throws(WordFileRefusal) -> UnpackedParts {
        var names: [String] = []
        var kept: [String: Data] = [:]
        var declared: UInt64 = 0
        let entries = Array(archive)
        guard entries.count <= limits.parts else { throw .tooManyParts(path, count: entries.count, limit: limits.parts) }
        for entry in entries {
            declared += entry.uncompressedSize
            names.append(entry.path)
        }
        // The archive's own claim first: a bomb that admits its size is refused without inflating anything.
        guard declared <= UInt64(limits.unpackedBytes) else { throw .expandsTooMuch(path, limit: limits.unpackedBytes) }
        var budget = limits.unpackedBytes
        for entry in entries where entry.type == .file {
            let keep = UnpackedParts.isWorthReading(entry.path)
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    budget -= chunk.count
                    if budget < 0 { throw BudgetExceeded() }
                    if keep {
                        // The XML of a two-page experience is well under a megabyte; more is not a real document.
                        guard data.count + chunk.count <= limits.keptPartBytes else { throw BudgetExceeded() }
                        data.append(chunk)
                    }
                }
            } catch is BudgetExceeded {
                throw .expandsTooMuch(path, limit: limits.unpackedBytes)
            } catch {
                throw .damaged(path, detail: "zip: \(entry.path)")
            }
            if keep { kept[entry.path] = data }
        }
        return UnpackedParts(names: names, texts: kept)
    }

    private struct BudgetExceeded: Error {}

    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
}

/// How much of an untrusted file is read at all.
public struct PackageLimits: Sendable {
    /// The file's own size. The longest 2018 experience is 7 KB of text; a Word file of it is ~15 KB, and
    /// 20 MB leaves room for the photos people paste (which are reported, not printed).
    public var fileBytes: Int
    /// Every part inflated, together: pandoc holds them all in memory.
    public var unpackedBytes: Int
    /// Parts in the archive (a real document has a few dozen).
    public var parts: Int
    /// Each XML part the importer reads itself (the body, headers, comments), held in memory.
    public var keptPartBytes: Int

    public static let standard = PackageLimits(fileBytes: 20 << 20, unpackedBytes: 64 << 20, parts: 2000, keptPartBytes: 16 << 20)
}

/// The parts' names, and the XML of the few whose text the importer looks at.
struct UnpackedParts {
    let names: [String]
    let texts: [String: Data]

    /// A part's text, empty when it is missing.
    func text(_ name: String) -> String {
        texts[name].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The parts the importer reads: the body, headers and footers, the manifest and styles.
    static func isWorthReading(_ name: String) -> Bool {
        if ["word/document.xml", "word/comments.xml", "content.xml", "styles.xml", "mimetype", "META-INF/manifest.xml"].contains(name) { return true }
        return name.hasPrefix("word/header") || name.hasPrefix("word/footer")
    }
}
