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

    @Test("an engine that exits 0 leaving bytes that only begin as a PDF does fails the build; the previous output stays",
          arguments: ["printf '%%PDF-garbage' > \"$4\"", "head -c 150 \"$(dirname \"$0\")/real.pdf\" > \"$4\"", ": > \"$4\""])
    func damagedPDF(writes: String) async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let bin = try fakeBin(scratch, ["weasyprint": writes])
        _ = try scratch.write("bin/real.pdf", StandInPDFEngine.onePagePDF)
        let output = scratch.path("Output")
        var printed = RealContent.request(output: output, pdf: true)
        printed.pdfEngine = PDFEngine(kind: .weasyprint, executable: try StandInPDFEngine.install(in: scratch.path("good")))
        _ = try #require(try await BuildPipeline(request: printed).run().report)
        let before = FolderSnapshot(output)

        var request = RealContent.request(output: output, pdf: true)
        request.pdfEngine = PDFEngine(kind: .weasyprint, executable: bin + "/weasyprint")
        await #expect {
            try await BuildPipeline(request: request).run()
        } throws: { error in
            guard let error = error as? BuildError, error.kind == .pdfEngineFailed else { return false }
            return error.message.es.contains("WeasyPrint terminó sin error, pero") && error.message.es.contains("no se cambió la salida anterior")
        }
        #expect(FolderSnapshot(output) == before)
    }

    @Test("a failing engine's message ends with its standard error, escape sequences and bidi controls made visible")
    func failureShowsVisibleErrorOutput() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let bin = try fakeBin(scratch, ["weasyprint": "printf 'ERROR: \\033[31mfuente\\033[0m \\342\\200\\256dañada\\n' >&2; exit 1"])
        var request = RealContent.request(output: scratch.path("Output"), pdf: true)
        request.pdfEngine = PDFEngine(kind: .weasyprint, executable: bin + "/weasyprint")
        await #expect {
            try await BuildPipeline(request: request).run()
        } throws: { error in
            guard let error = error as? BuildError, error.kind == .pdfEngineFailed else { return false }
            return error.message.es.hasSuffix("(estado 1); no se cambió la salida anterior\nERROR: ^[[31mfuente^[[0m <U+202E>dañada")
                && !error.message.es.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }
        }
    }

    @Test("the engine gets the booklet's absolute path and a fixed SOURCE_DATE_EPOCH (the publication year) unless one is set")
    func engineArguments() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let log = scratch.path("engine.log")
        let bin = scratch.path("bin")
        try StandInPDFEngine.install(in: bin, before: "echo \"$3|$SOURCE_DATE_EPOCH\" > \(log)")
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
