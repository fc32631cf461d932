import Foundation
import Testing
import TestSupport
@testable import Engine

/// Choosing and driving the PDF engine, with stand-in programs where a real engine would be slow or would not fail.
@Suite("PDF engine")
struct PDFEngineTests {
    /// A folder on a fake PATH holding executable scripts with the given names and bodies.
    private func fakeBin(_ scratch: ScratchFolder, _ scripts: [String: String]) throws -> String {
        for (name, body) in scripts {
            let path = try scratch.write("bin/" + name, "#!/bin/sh\n" + body + "\n")
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        return scratch.path("bin")
    }

    @Test("WeasyPrint is preferred to Chromium; RME_PDF_ENGINE picks one; none found is nil")
    func locate() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let both = try fakeBin(scratch, ["weasyprint": "exit 0", "chromium": "exit 0"])
        #expect(PDFEngine.locate(environment: ["PATH": both])?.kind == .weasyprint)
        #expect(PDFEngine.locate(environment: ["PATH": both, "RME_PDF_ENGINE": "chromium"])?.kind == .chromium)
        #expect(PDFEngine.locate(environment: ["PATH": both])?.executable == both + "/weasyprint")
        #expect(PDFEngine.locate(environment: ["PATH": scratch.path("nothing")]) == nil)
        #expect(PDFEngine.missingMessage.es.contains("apt-get install weasyprint"))
    }

    @Test("an engine past its time limit is stopped and reported; the build fails and the output is untouched")
    func timeout() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let bin = try fakeBin(scratch, ["weasyprint": "exec sleep 300"])
        let output = scratch.path("Output")
        _ = try #require(try await BuildPipeline(request: RealContent.request(output: output)).run().report)
        let before = FolderSnapshot(output)

        var request = RealContent.request(output: output, pdf: true)
        request.pdfEngine = PDFEngine(kind: .weasyprint, executable: bin + "/weasyprint")
        request.pdfTimeout = .seconds(2)
        await #expect {
            try await BuildPipeline(request: request).run()
        } throws: { error in
            (error as? BuildError)?.kind == .pdfEngineTimedOut
        }
        #expect(FolderSnapshot(output) == before)
        #expect(scratch.entries() == ["Output", "bin"])
    }

    @Test("an engine that exits 0 without writing a PDF is a failure, not a success")
    func noPDFWritten() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let bin = try fakeBin(scratch, ["weasyprint": "echo '<html>' > \"$4\"; exit 0"])
        var request = RealContent.request(output: scratch.path("Output"), pdf: true)
        request.pdfEngine = PDFEngine(kind: .weasyprint, executable: bin + "/weasyprint")
        await #expect {
            try await BuildPipeline(request: request).run()
        } throws: { error in
            (error as? BuildError)?.kind == .pdfEngineFailed
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("Output")))
    }

    @Test("the engine gets the booklet's absolute path and a fixed SOURCE_DATE_EPOCH (the publication year) unless one is set")
    func engineArguments() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let log = scratch.path("engine.log")
        let bin = try fakeBin(scratch, ["weasyprint": "echo \"$3|$SOURCE_DATE_EPOCH\" > \(log); printf '%%PDF-1.7\\n' > \"$4\""])
        for (environment, epoch) in [([String: String](), "1514764800"), (["SOURCE_DATE_EPOCH": "1600000000"], "1600000000")] {
            var request = RealContent.request(output: scratch.path("Output"), pdf: true, environment: environment)
            request.pdfEngine = PDFEngine(kind: .weasyprint, executable: bin + "/weasyprint")
            let report = try #require(try await BuildPipeline(request: request).run().report)
            #expect(report.editions.first?.bookletPDF == "2015-2017/booklet.pdf")
            #expect(report.editions.first?.pdfEngine == .weasyprint)
            let logged = try String(contentsOfFile: log, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(logged.hasSuffix("/booklet.html|\(epoch)"))
            #expect(logged.hasPrefix(scratch.path("Output.tmp-")))
            #expect(FileManager.default.fileExists(atPath: scratch.path("Output/2015-2017/booklet.pdf")))
        }
    }
}
