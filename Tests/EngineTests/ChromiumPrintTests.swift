import Content
import Foundation
import Testing
@testable import Engine

/// `booklet.html` printed by headless Chromium, the fallback engine, read back with poppler's `pdftotext`.
@Suite("Booklet printed by Chromium", .enabled(
    if: ExternalTool.installed("chromium", "pdftotext", "pdfinfo"),
    Comment(rawValue: ExternalTool.absentReason(["chromium", "pdftotext"], package: "chromium, poppler-utils"))))
struct ChromiumPrintTests {
    @Test("every chapter starts on a new page whose first text is its kicker and title, in north-to-south order")
    func chaptersStartPages() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let outcome = try await BuildPipeline(request: RealContent.request(output: scratch.path("Output"))).run()
        let report = try #require(outcome.report, Comment(rawValue: outcome.rejectionSummary))
        let edition = try #require(report.checks.first?.edition)

        let engine = PDFEngine(kind: .chromium, executable: try #require(ExternalTool.path("chromium")))
        let pdf = scratch.path("chromium.pdf")
        try await engine.print(
            html: scratch.path("Output/2015-2017/booklet.html"), to: pdf,
            environment: ProcessInfo.processInfo.environment, sourceDateEpoch: "1514764800", timeout: .seconds(120))

        let reader = PDFReader(path: pdf)
        #expect(try reader.info()["Page size"]?.hasPrefix("612 x 792") == true)
        let pages = try reader.pages()
        var previous = 0
        for experience in edition.experiences {
            let title = "Experiencia colaborativa de la Red de Mejoramiento Escolar \(experience.region.titleForm)"
            // Chromium does not apply the print stylesheet's text-transform to the kicker the way WeasyPrint does
            // in every version; compare without case.
            let opening = "región \(experience.region.name) \(title)".lowercased()
            let page = pages.firstIndex { $0.collapsingWhitespace.lowercased().hasPrefix(opening) }.map { $0 + 1 }
            #expect(page != nil, "no page printed by Chromium begins with «\(opening)»")
            if let page {
                #expect(page > previous)
                previous = page
            }
        }
    }
}
