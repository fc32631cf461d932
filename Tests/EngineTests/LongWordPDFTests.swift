import Foundation
import Engine
import Testing
import TestSupport
import Diagnostics
import Validation

/// `archivo.caracteres_seguidos` against the real PDF engine: what the checker lets through, WeasyPrint prints.
@Suite("Long runs without spaces and the PDF (WeasyPrint)", .enabled(if: SharedBooklet.weasyPrintIsInstalled, SharedBooklet.absentReason))
struct LongWordPDFTests {
    static let limit = Schema.defaultUnbreakableRun

    /// The real content cut to two experiences, with `run` opening Tarapacá's first learning (a two-column box).
    func content(with run: String, in scratch: ScratchFolder) throws -> String {
        let content = try RealContent.copy(into: scratch)
        let folder = content + "/" + RealContent.editionID + "/experiencias"
        for name in RealContent.experienceNames where !["tarapaca.md", "aysen.md"].contains(name) {
            try FileManager.default.removeItem(atPath: folder + "/" + name)
        }
        try SitePagesBuild.edit(folder + "/tarapaca.md", replacing: "- Reconocimiento de que", with: "- \(run) Reconocimiento de que")
        return content
    }

    func build(_ content: String, _ scratch: ScratchFolder) async throws -> BuildOutcome {
        var request = RealContent.request(contentRoot: content, output: scratch.path("Output"), pdf: true)
        request.pdfEngine = try ExternalTool.weasyPrintEngine()
        return try await BuildPipeline(request: request).run()
    }

    @Test("a box item with a run of backslashes at the error limit prints (a warning names it); one more character and the build stops before the engine runs")
    func atTheLimit() async throws {
        let error = try #require(Self.limit.error)
        let scratch = try ScratchFolder("long-word-pdf")
        defer { try? FileManager.default.removeItem(at: scratch.url) }
        // The source writes `\\` for each backslash a reader sees.
        let content = try content(with: String(repeating: "\\\\", count: error), in: scratch)
        let outcome = try await build(content, scratch)
        let report = try #require(outcome.report, "\(outcome.rejectionSummary)")
        #expect(report.editions.first?.pdf == .printed)
        let warnings = report.checks.flatMap(\.diagnostics).filter { $0.code == "body.long-word" }
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.file?.hasSuffix("experiencias/tarapaca.md") == true)
        let pdf = scratch.path("Output") + "/" + RealContent.editionID + "/booklet.pdf"
        let text = try PDFReader(path: pdf).pages().joined()
        #expect(text.contains(String(repeating: "\\", count: 20)), "the run is printed")

        let over = try self.content(with: String(repeating: "\\\\", count: error + 1), in: try ScratchFolder("long-word-pdf-over"))
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: over).deletingLastPathComponent().path) }
        let rejected = try await build(over, scratch)
        guard case .rejected(let checks) = rejected else { Issue.record("a run over the limit was built"); return }
        let errors = checks.flatMap(\.diagnostics).filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["body.long-word"])
        #expect(errors.first?.range?.start == SourceLocation(line: 59, column: 3))
    }
}
