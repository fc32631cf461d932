import Foundation
import Testing
@testable import RMECLI

/// `rme html` on a body libcmark 0.30.2 is quadratic on: refused at once, with its line.
@Suite("rme html: bodies libcmark would take too long on")
struct HTMLCommandPathologicalTests {
    @Test("unclosed image openers before brackets: exit 1, the file line after the front matter, nothing on stdout")
    func brackets() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("maule.md", "---\nregion: Maule\n---\n\nTexto.\n\n" + String(repeating: "![[]()", count: 5_000) + "\n")
        let run = await runCLI(["html", path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("\(path):7:1: error: el texto no se convirtió a HTML: demasiados `![` sin cerrar seguidos de `]` en un mismo párrafo ("))
        #expect(run.stderr.hasSuffix("máximo 10000000). Simplifique esa parte del texto.\n"))
    }

    @Test("blank lines inside deeply nested lists, in English when asked")
    func nesting() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let body = String(repeating: "- ", count: 30_000) + "x" + String(repeating: "\n", count: 30_000)
        let path = try folder.write("aysen.md", "---\nregion: Aysén\n---\n" + body)
        let run = await runCLI(["html", "--lang", "en", path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("\(path):4:1: error: the text was not converted to HTML: lists or quotes nested too deep, with blank lines or emphasis inside ("))
    }
}
