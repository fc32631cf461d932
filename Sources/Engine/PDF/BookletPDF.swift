import Content
import Diagnostics
import Dispatch
import Foundation

/// Prints each edition's booklet into `booklet.pdf` inside the staging folder, before the swap,
/// so a failed print leaves the previous output as it was.
struct BookletPDF: Sendable {
    let engine: PDFEngine
    let timeout: Duration
    let environment: [String: String]

    /// Prints the booklets of `editions` one after the other; returns the PDFs' paths relative to the output.
    ///
    /// One at a time: an engine already uses a core and much memory, and the machine may have two.
    func print(_ editions: [Edition], in staging: StagingFolder, progress: @Sendable (BuildProgress) -> Void) async throws(BuildError) -> [String: String] {
        var made: [String: String] = [:]
        for edition in editions {
            progress(.printingPDF(edition: edition.id, engine: engine.kind))
            let html = try staging.absolutePath(of: EditionPages.bookletPath(for: edition.id))
            let relativePDF = EditionPages.pdfPath(for: edition.id)
            let pdf = try staging.absolutePath(of: relativePDF)
            guard FileSystemCalls.kind(of: html) == .other else {
                throw BuildError(.template, LocalizedText(
                    es: "las plantillas no produjeron \(EditionPages.bookletPath(for: edition.id)); no hay cuadernillo que imprimir",
                    en: "the templates produced no \(EditionPages.bookletPath(for: edition.id)); there is no booklet to print"))
            }
            let epoch = try BuildDate.engineEpoch(environment: environment, publicationYear: edition.info.publicacionAnio)
            try await engine.print(html: html, to: pdf, environment: environment, sourceDateEpoch: epoch, timeout: timeout)
            try staging.adopt(relativePDF)
            made[edition.id] = relativePDF
        }
        return made
    }
}
