import Content
import Foundation
import Testing
import Engine
import TestSupport

/// The real edition built once per test run with its WeasyPrint PDF, shared by every assertion on the PDF:
/// printing takes tens of seconds, and CI has two cores.
enum SharedBooklet {
    /// The files of the shared build.
    struct Built: Sendable {
        let output: String
        let edition: Edition
        var html: String { output + "/" + RealContent.editionID + "/booklet.html" }
        var pdf: String { output + "/" + RealContent.editionID + "/booklet.pdf" }
        var printShopPDF: String { output + "/" + RealContent.editionID + "/booklet-imprenta.pdf" }
    }

    /// A failure to build, kept as text so the shared value is Sendable.
    struct Failure: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    static var weasyPrintIsInstalled: Bool {
        ExternalTool.weasyPrint != nil && ExternalTool.installed("pdftotext", "pdfinfo", "pdftohtml")
    }

    static let absentReason = Comment(rawValue: ExternalTool.weasyPrint == nil
        ? ExternalTool.weasyPrintAbsentReason
        : ExternalTool.absentReason(["pdftotext/pdfinfo/pdftohtml"], package: "poppler-utils"))

    /// The build, made on first use.
    static func get() async throws -> Built { try await result.value.get() }

    /// Started on first use and awaited by every test that needs it: the build runs once per test process.
    private static let result = Task { () -> Result<Built, Failure> in
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rme-shared-booklet-\(getpid())").path
        removeLeftovers()
        do {
            var request = RealContent.request(output: folder + "/Output", pdf: true, environment: ProcessInfo.processInfo.environment)
            request.pdfEngine = try ExternalTool.weasyPrintEngine()
            request.makePrintShopPDF = true
            let outcome = try await BuildPipeline(request: request).run()
            guard let report = outcome.report, let edition = report.checks.first?.edition else {
                throw Failure(description: "the real edition was rejected:\n" + outcome.rejectionSummary)
            }
            return .success(Built(output: report.output, edition: edition))
        } catch let error as Failure {
            return .failure(error)
        } catch let error as BuildError {
            return .failure(Failure(description: error.message.en))
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }

    /// Shared builds of earlier test runs whose process is gone.
    private static func removeLeftovers() {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        where name.hasPrefix("rme-shared-booklet-") {
            guard let pid = Int32(name.dropFirst("rme-shared-booklet-".count)), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }
}
