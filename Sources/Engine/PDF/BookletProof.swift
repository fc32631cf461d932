import Content
import Diagnostics
import Foundation
import Rendering

/// Prints one edition's booklet from a preview's files (nothing of `Output/` is read or written): the
/// edition's files go into a scratch folder of their own, the engine prints there, the PDF's bytes come
/// back and the folder is removed. A cancelled task stops the engine.
public struct BookletProof: Sendable {
    public let engine: PDFEngine
    public let timeout: Duration
    public let environment: [String: String]

    public init(engine: PDFEngine, timeout: Duration = .seconds(300), environment: [String: String]) {
        self.engine = engine
        self.timeout = timeout
        self.environment = environment
    }

    /// The PDF of `edition`'s booklet as `site` renders it; with `chapter` (an experience's slug), that
    /// chapter's pages alone, for a quick proof.
    public func print(_ edition: Edition, site: PreviewSite, chapter: String? = nil) async throws(BuildError) -> [UInt8] {
        try await print(edition, files: site.files, chapter: chapter)
    }

    /// The PDF of `edition`'s booklet among `files` (by their path under the output, "2015-2017/booklet.html");
    /// with `chapter`, that chapter's pages alone.
    public func print(_ edition: Edition, files: [String: RenderedFile], chapter: String? = nil) async throws(BuildError) -> [UInt8] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rme-prueba-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let prefix = edition.id + "/"
        do {
            for (path, file) in files where path.hasPrefix(prefix) {
                let target = scratch + "/" + path
                try FileManager.default.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.data).write(to: URL(fileURLWithPath: target))
            }
        } catch {
            throw BuildError(.fileSystem, LocalizedText(
                es: "no se pudo preparar la prueba de impresión en \(scratch): \(error.localizedDescription)",
                en: "could not prepare the print proof in \(scratch): \(error.localizedDescription)"))
        }
        var html = scratch + "/" + EditionPages.bookletPath(for: edition.id)
        if let chapter {
            guard let booklet = files[EditionPages.bookletPath(for: edition.id)],
                  let alone = ChapterProof.booklet(String(decoding: booklet.data, as: UTF8.self), keeping: chapter)
            else {
                throw BuildError(.template, LocalizedText(
                    es: "el cuadernillo de \(edition.id) no tiene el capítulo «\(chapter)»",
                    en: "the booklet of \(edition.id) has no chapter «\(chapter)»"))
            }
            html = scratch + "/" + edition.id + "/prueba-\(chapter).html"
            do {
                try Data(alone.utf8).write(to: URL(fileURLWithPath: html))
            } catch {
                throw BuildError(.fileSystem, LocalizedText(
                    es: "no se pudo escribir \(html): \(error.localizedDescription)",
                    en: "could not write \(html): \(error.localizedDescription)"))
            }
        }
        let pdf = scratch + "/booklet.pdf"
        let epoch = try BuildDate.engineEpoch(environment: environment, publicationYear: edition.info.publicacionAnio)
        try await engine.print(html: html, to: pdf, environment: environment, sourceDateEpoch: epoch, timeout: timeout)
        guard let bytes = FileManager.default.contents(atPath: pdf) else {
            throw BuildError(.pdfEngineFailed, LocalizedText(es: "no se encontró el PDF impreso", en: "the printed PDF is missing"))
        }
        return [UInt8](bytes)
    }
}
