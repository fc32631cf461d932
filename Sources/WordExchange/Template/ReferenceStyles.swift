import Foundation
import ZIPFoundation

/// The styles of the Word template when the project gives none: pandoc's own reference document (Word's
/// built-in heading, list and table styles) with a grid on tables, so the fields table reads as a form.
enum ReferenceStyles {
    /// Writes the reference document into `folder` and returns its path.
    static func make(with pandoc: Pandoc, in folder: String) async throws(WordFileRefusal) -> String {
        let path = folder + "/referencia.docx"
        try await pandoc.writeDefaultReference(to: path)
        do {
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .update)
            guard let entry = archive["word/styles.xml"] else { return path }
            var styles = Data()
            _ = try archive.extract(entry) { styles.append($0) }
            let updated = Data(withGrid(String(decoding: styles, as: UTF8.self)).utf8)
            try archive.remove(entry)
            try archive.addEntry(with: "word/styles.xml", type: .file, uncompressedSize: Int64(updated.count),
                                 compressionMethod: .deflate) { position, size in
                updated.subdata(in: Int(position)..<Int(position) + size)
            }
        } catch {
            // The plain reference still makes a usable template; only the grid is lost.
            return path
        }
        return path
    }

    /// `styles.xml` with single borders on every cell of the default table style.
    static func withGrid(_ styles: String) -> String {
        guard let style = styles.range(of: "w:styleId=\"Table\""),
              let properties = styles.range(of: "<w:tblPr>", range: style.upperBound..<styles.endIndex) else { return styles }
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>" }.joined()
        var updated = styles
        updated.insert(contentsOf: "<w:tblBorders>\(borders)</w:tblBorders>", at: properties.upperBound)
        return updated
    }
}
