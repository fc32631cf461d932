import Foundation
import Testing
import TestSupport
@testable import Engine

/// Each region page printed with the booklet's print stylesheets fits on one or two pages, with either engine.
@Suite("Site pages: region pages in print", .serialized)
struct SitePagesPrintTests {
    /// The page count of every region page of the real build printed by `engine`, by page.
    static func pageCounts(_ kind: PDFEngine.Kind, executable: String) async throws -> [String: Int] {
        let built = try await SitePagesBuild.real()
        let scratch = try ScratchFolder("site-print")
        defer { scratch.remove() }
        let engine = PDFEngine(kind: kind, executable: executable)
        var counts: [String: Int] = [:]
        for page in built.pages where page.contains("/regiones/") {
            let pdf = scratch.path(URL(fileURLWithPath: page).deletingPathExtension().lastPathComponent + ".pdf")
            try await engine.print(html: built.output + "/" + page, to: pdf, environment: ProcessInfo.processInfo.environment,
                             sourceDateEpoch: "1514764800", timeout: .seconds(120))
            counts[page] = try PDFReader(path: pdf).pageCount()
        }
        return counts
    }

    @Test("WeasyPrint prints each of the 15 region pages on one or two pages", .enabled(
        if: ExternalTool.weasyPrint != nil && ExternalTool.installed("pdfinfo"),
        Comment(rawValue: ExternalTool.weasyPrint == nil ? ExternalTool.weasyPrintAbsentReason
            : ExternalTool.absentReason(["pdfinfo"], package: "poppler-utils"))))
    func weasyPrint() async throws {
        let counts = try await Self.pageCounts(.weasyprint, executable: try ExternalTool.weasyPrintEngine().executable)
        #expect(counts.count == 15)
        #expect(counts.filter { !(1...2).contains($0.value) }.isEmpty, "\(counts.filter { $0.value > 2 })")
    }

    @Test("Chromium prints each of the 15 region pages on one or two pages", .enabled(
        if: ExternalTool.installed("chromium", "pdfinfo"),
        Comment(rawValue: ExternalTool.absentReason(["chromium", "pdfinfo"], package: "chromium, poppler-utils"))))
    func chromium() async throws {
        let counts = try await Self.pageCounts(.chromium, executable: try #require(ExternalTool.path("chromium")))
        #expect(counts.count == 15)
        #expect(counts.filter { !(1...2).contains($0.value) }.isEmpty, "\(counts.filter { $0.value > 2 })")
    }
}
