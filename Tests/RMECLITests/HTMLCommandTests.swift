import Foundation
import Testing
@testable import RMECLI

/// `rme html ARCHIVO.md` run in process through `CLIRunner.run(arguments:context:)`.
@Suite("rme html (in process)")
struct HTMLCommandTests {
    @Test("prints the body's HTML, without the front matter")
    func printsBody() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("tarapaca.md", Samples.experience)
        let run = await runCLI(["html", path])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == Samples.experienceHTML)
        #expect(!run.stdout.contains("region"))
        #expect(!run.stdout.contains("<hr />"))
    }

    @Test("straight quotes and dashes on request")
    func plainPunctuation() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("tarapaca.md", Samples.experience)
        let run = await runCLI(["html", "--sin-comillas-tipograficas", path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("<p>La red reúne a &quot;cinco&quot; liceos de Iquique -- desde 2015.</p>"))
    }

    @Test("front matter with CRLF line ends and a byte-order mark is skipped too")
    func crlfAndBOM() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let crlf = Samples.experience.replacingOccurrences(of: "\n", with: "\r\n")
        let path = try folder.write("crlf.md", [0xEF, 0xBB, 0xBF] + Array(crlf.utf8))
        let run = await runCLI(["html", path])
        #expect(run.status == 0)
        #expect(run.stdout == Samples.experienceHTML)
    }

    @Test("a file without front matter is printed whole")
    func noFrontMatter() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("simple.md", "# Título\n\ntexto\n")
        let run = await runCLI(["html", path])
        #expect(run.status == 0)
        #expect(run.stdout == "<h1>Título</h1>\n<p>texto</p>\n")
    }

    @Test("raw HTML in the body is left out, and a javascript: link keeps only its text")
    func safeByDefault() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("html.md", "---\nregion: Maule\n---\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n")
        let run = await runCLI(["html", path])
        #expect(run.status == 0)
        #expect(run.stdout == "<!-- raw HTML omitted -->\n<p>x</p>\n")
    }

    @Test("a missing file: exit 2 and a Spanish message")
    func missingFile() async {
        let path = "/nonexistent/rme-\(UUID().uuidString)/arica.md"
        let run = await runCLI(["html", path])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "rme: no se pudo leer el archivo \(path)\n")
    }

    @Test("a missing file, in English when asked", arguments: [
        (["html", "--lang", "en"], [:]),
        (["--lang", "en", "html"], [:]),
        (["html"], ["LANG": "en_US.UTF-8"]),
    ] as [([String], [String: String])])
    func missingFileEnglish(prefix: [String], environment: [String: String]) async {
        let run = await runCLI(prefix + ["/nonexistent/arica.md"], environment: environment)
        #expect(run.status == 2)
        #expect(run.stderr == "rme: could not read the file /nonexistent/arica.md\n")
    }

    @Test("invalid UTF-8: exit 2, file:line:col and what to do")
    func invalidUTF8() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("latin1.md", Samples.invalidUTF8)
        let run = await runCLI(["html", path])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "\(path):6:7: error: el archivo no está en UTF-8. Guarde el archivo como UTF-8.\n")
        #expect(run.stderr.contains("Guarde el archivo como UTF-8"))
    }

    @Test("invalid UTF-8 in a file without front matter")
    func invalidUTF8NoFrontMatter() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("latin1.md", Array("Educaci".utf8) + [0xF3] + Array("n\n".utf8))
        let run = await runCLI(["html", "--lang", "en", path])
        #expect(run.status == 2)
        #expect(run.stderr == "\(path):1:8: error: the file is not UTF-8. Save the file as UTF-8.\n")
    }

    @Test("a missing argument is a usage error, in Spanish")
    func missingArgument() async {
        let run = await runCLI(["html"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("Falta el argumento '<archivo.md>'"))
        #expect(run.stderr.contains("Uso: rme html <archivo.md>"))
        #expect(!run.stderr.contains("See '"))
    }
}
