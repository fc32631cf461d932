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

    /// One PDF to print: an edition's booklet, for the screen or for the print shop.
    struct Job: Sendable {
        /// What the PDF is for.
        enum Medium: Sendable, Equatable {
            /// `booklet.pdf`: tagged PDF/UA, padded to a multiple of four pages.
            case screen
            /// `booklet-imprenta.pdf`: bleed and crop marks, padded the same way.
            case printShop
        }

        let edition: Edition
        let medium: Medium

        /// The PDF's path relative to the output.
        var path: String {
            medium == .screen ? EditionPages.pdfPath(for: edition.id) : EditionPages.printShopPDFPath(for: edition.id)
        }

        /// What the WeasyPrint driver is asked for.
        var driverJob: WeasyPrintDriver.Job {
            WeasyPrintDriver.Job(tagged: medium == .screen, printShop: medium == .printShop, padToMultipleOfFour: true)
        }
    }

    /// Prints `jobs` one after the other into the staging folder.
    ///
    /// One at a time: an engine already uses a core and much memory, and the machine may have two.
    func print(_ jobs: [Job], in staging: StagingFolder, progress: @Sendable (BuildProgress) -> Void) async throws(BuildError) {
        for job in jobs {
            let edition = job.edition
            progress(.printingPDF(edition: edition.id, engine: engine.kind))
            let html = try staging.absolutePath(of: EditionPages.bookletPath(for: edition.id))
            let pdf = try staging.absolutePath(of: job.path)
            guard FileSystemCalls.kind(of: html) == .other else {
                throw BuildError(.template, LocalizedText(
                    es: "las plantillas no produjeron \(EditionPages.bookletPath(for: edition.id)); no hay cuadernillo que imprimir",
                    en: "the templates produced no \(EditionPages.bookletPath(for: edition.id)); there is no booklet to print"))
            }
            let epoch = try BuildDate.engineEpoch(environment: environment, publicationYear: edition.info.publicacionAnio)
            try await engine.print(
                html: html, to: pdf, environment: environment, sourceDateEpoch: epoch, timeout: timeout, job: job.driverJob)
            try staging.adopt(job.path)
        }
    }
}
