import ChildProcesses
import Diagnostics
import Foundation

/// Whether what an engine wrote is a PDF a reader can open, before it is published: an engine can exit 0 and
/// leave nothing, a truncated file, or bytes that merely begin as a PDF does.
enum PrintedPDFCheck {
    /// `nil` when the file at `path` is a PDF with pages; otherwise what is wrong with it.
    ///
    /// With poppler's `pdfinfo` the file is parsed and must report one page or more; without it (a machine
    /// with Chromium only), its header and its end-of-file marker are looked for.
    static func problem(with path: String, environment: [String: String]) async -> LocalizedText? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return LocalizedText(es: "no escribió el archivo", en: "it wrote no file")
        }
        defer { try? handle.close() }
        guard (try? handle.read(upToCount: 5)) == Data("%PDF-".utf8) else {
            return LocalizedText(es: "lo que escribió no es un PDF", en: "what it wrote is not a PDF")
        }
        if let pdfinfo = ExecutableSearch.find("pdfinfo", environment: environment) {
            guard let info = await SubprocessRunner.text(pdfinfo, [path], environment: environment),
                  let pages = PDFFactsReader.pageCount(info) else {
                return LocalizedText(es: "el PDF que escribió está dañado (pdfinfo no puede leerlo)",
                                     en: "the PDF it wrote is damaged (pdfinfo cannot read it)")
            }
            return pages > 0 ? nil : LocalizedText(es: "el PDF que escribió no tiene páginas", en: "the PDF it wrote has no pages")
        }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 1024 ? size - 1024 : 0)
        let end = (try? handle.readToEnd()) ?? Data()
        guard end.range(of: Data("%%EOF".utf8)) != nil else {
            return LocalizedText(es: "el PDF que escribió está incompleto (no termina como un PDF)",
                                 en: "the PDF it wrote is incomplete (it does not end as a PDF does)")
        }
        return nil
    }
}
