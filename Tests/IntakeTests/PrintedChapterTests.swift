import Engine
import Foundation
import Testing
import TestSupport

@testable import Intake

/// The chapter as it will print, made by the real PDF engine (WeasyPrint, or Chromium) and pdftoppm.
@Suite("rme recepcion: páginas impresas")
struct PrintedChapterTests {
    static let environment = ProcessInfo.processInfo.environment
    static let toolsPresent = PDFEngine.locate(environment: environment) != nil
        && ExecutableSearch.find("pdftoppm", environment: environment) != nil

    @Test("a clean version's printed chapter: a page listing each printed page as an image, a real PDF, real PNGs; none for a number past the last page",
          .enabled(if: toolsPresent, "needs WeasyPrint or Chromium, and pdftoppm (scripts/install-deps.sh, run by make test): test skipped"))
    func printedPages() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start(prints: true)
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        let csrf = try await region.csrf()
        #expect(try await region.upload(fileName: "tarapaca.md", bytes: try IntakeProject.realExperience("tarapaca"), fields: ["csrf": csrf]).status == 303)
        #expect(try await region.get("/region/versiones/1").text.contains("/region/versiones/1/impreso.html"))

        let page = try await region.get("/region/versiones/1/impreso.html")
        #expect(page.status == 200, "\(page.text.prefix(500))")
        let images = page.text.components(separatedBy: "<img src=\"/region/versiones/1/impreso-").count - 1
        #expect(images >= 1 && images <= 4, "a two-page chapter prints on 1 to 4 pages, the page shows \(images)")
        #expect(page.text.contains("El capítulo ocupa \(images == 1 ? "1 página" : "\(images) páginas")"))

        let pdf = try await region.get("/region/versiones/1/impreso.pdf")
        #expect(pdf.status == 200)
        #expect(pdf.headers["content-type"] == "application/pdf")
        #expect(pdf.body.starts(with: Data("%PDF-".utf8)))
        #expect(String(decoding: pdf.body.suffix(1024), as: UTF8.self).contains("%%EOF"))

        let first = try await region.get("/region/versiones/1/impreso-1.png")
        #expect(first.status == 200)
        #expect(first.body.starts(with: Data([0x89, 0x50, 0x4E, 0x47])))
        #expect(try await region.get("/region/versiones/1/impreso-\(images + 1).png").status == 404)
    }
}
