import Foundation
import Testing
import TestSupport

/// What `rme build` tells while and after it works: warnings before the PDF, and what became of a previous PDF.
@Suite("rme build: what it tells")
struct BuildReportingTests {
    /// A folder with a WeasyPrint stand-in on `PATH`, which writes a small PDF where it is asked to.
    static func standInPath(in folder: TemporaryFolder) throws -> String {
        let bin = folder.url.appendingPathComponent("bin").path
        try StandInPDFEngine.install(in: bin)
        return bin + ":/usr/bin:/bin"
    }

    @Test("through a pipe, the warnings come before the PDF is printed, and the printing step has a line of its own")
    func warningsFirst() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("Output").path
        let run = await runCLI(["build", Repository.content.path, "--out", output, "--pdf"],
                               environment: ["PATH": try Self.standInPath(in: folder)])
        #expect(run.status == 0, "\(run.stderr)")
        // The real edition's warnings: Ñuble missing, four school counts, Coquimbo's «Bernardo O´Higgins» (list and text).
        let summary = try #require(run.stderr.range(of: "7 advertencias en 20 archivos."))
        let printing = try #require(run.stderr.range(of: "Imprimiendo el PDF de 2015-2017 con WeasyPrint…\n"))
        #expect(summary.upperBound < printing.lowerBound)
        // Told once, not again at the end.
        #expect(run.stderr.components(separatedBy: "advertencias en 20 archivos").count == 2)
    }

    @Test("a build without --pdf keeps a PDF still current and says so; after a change it says why the PDF went")
    func previousPDF() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        let output = folder.url.appendingPathComponent("Output").path
        let environment = ["PATH": try Self.standInPath(in: folder)]
        _ = await runCLI(["build", content.path, "--out", output, "--pdf"], environment: environment)
        let kept = await runCLI(["build", content.path, "--out", output], environment: environment)
        #expect(kept.stdout.contains("booklet.pdf (el de la compilación anterior: el cuadernillo no cambió)"), "\(kept.stdout)")
        let file = content.appendingPathComponent("2015-2017/experiencias/maule.md").path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "## Objetivo\n\n", with: "## Objetivo\n\nAhora. ").write(toFile: file, atomically: true, encoding: .utf8)
        let removed = await runCLI(["build", content.path, "--out", output], environment: environment)
        #expect(removed.stdout.contains("Se quitó \(output)/2015-2017/booklet.pdf: el cuadernillo cambió desde que se imprimió. Imprímalo de nuevo con rme build --pdf."),
                "\(removed.stdout)")
    }

    @Test("a build that finds its output current says what a build through every stage says, in text and in JSON, with a PDF printed, kept or removed")
    func unchangedBuildSaysTheSame() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        let output = folder.url.appendingPathComponent("Output").path
        let environment = ["PATH": try Self.standInPath(in: folder)]
        for arguments in [["--sin-busqueda"], ["--sin-busqueda", "--format", "json"], ["--sin-busqueda", "--pdf"], ["--sin-busqueda"]] {
            _ = await runCLI(["build", content.path, "--out", output] + arguments, environment: environment)
            // A note in the output makes the next build go through every stage (it reuses every page and drops the
            // note); the one after it finds the output current. Both must say the same.
            try Data("nota".utf8).write(to: URL(fileURLWithPath: output + "/nota.txt"))
            let first = await runCLI(["build", content.path, "--out", output] + arguments, environment: environment)
            #expect(!FileManager.default.fileExists(atPath: output + "/nota.txt"))
            let second = await runCLI(["build", content.path, "--out", output] + arguments, environment: environment)
            #expect(first.status == 0 && second.status == 0, "\(arguments): \(first.stderr)\(second.stderr)")
            #expect(second.stdout == first.stdout, "\(arguments)")
            #expect(second.stderr == first.stderr, "\(arguments)")
            #expect(first.stderr.contains("7 advertencias en 20 archivos.") || arguments.contains("json"), "\(first.stderr)")
        }
        // The last pair ran after a --pdf build: the PDF kept, and said so both times.
        let kept = await runCLI(["build", content.path, "--out", output, "--sin-busqueda"], environment: environment)
        #expect(kept.stdout.contains("booklet.pdf (el de la compilación anterior: el cuadernillo no cambió)"), "\(kept.stdout)")

        // A PDF removed as stale is not mentioned again by the next build, which finds nothing to do.
        let file = content.appendingPathComponent("2015-2017/experiencias/maule.md").path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "## Objetivo\n\n", with: "## Objetivo\n\nAhora. ").write(toFile: file, atomically: true, encoding: .utf8)
        let removed = await runCLI(["build", content.path, "--out", output, "--sin-busqueda"], environment: environment)
        #expect(removed.stdout.contains("Se quitó"), "\(removed.stdout)")
        let after = await runCLI(["build", content.path, "--out", output, "--sin-busqueda"], environment: environment)
        #expect(!after.stdout.contains("Se quitó") && !after.stdout.contains("booklet.pdf"), "\(after.stdout)")
        #expect(after.stdout == removed.stdout.split(separator: "\n").filter { !$0.contains("Se quitó") }.joined(separator: "\n") + "\n")
    }
}
