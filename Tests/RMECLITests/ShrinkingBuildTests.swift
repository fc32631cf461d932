import Foundation
import Testing
import TestSupport

/// A build never publishes less of an edition than the previous output holds without being asked to.
@Suite("Builds that would publish less")
struct ShrinkingBuildTests {
    @Test("a chapter, a front page and a region page gone: the build stops naming them and leaves Output/ as it was; --permitir-menos publishes")
    func refusedUnlessAllowed() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        let output = folder.url.appendingPathComponent("Output")
        let first = await runCLI(["build", content.path, "--out", output.path, "--sin-busqueda", "--sin-cache"])
        #expect(first.status == 0, "\(first.stderr)")
        let booklet = output.appendingPathComponent("2015-2017/booklet.html")
        let before = try Data(contentsOf: booklet)

        let edition = content.appendingPathComponent("2015-2017")
        try FileManager.default.removeItem(at: edition.appendingPathComponent("experiencias/maule.md"))
        try FileManager.default.removeItem(at: edition.appendingPathComponent("paginas/03-que-hace.md"))
        let refused = await runCLI(["build", content.path, "--out", output.path, "--sin-busqueda", "--sin-cache"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("1 capítulo(s) que ya no están (maule)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("1 página(s) iniciales que ya no están (que-hace)"))
        #expect(refused.stderr.contains("(regiones/maule.html)"))
        #expect(refused.stderr.contains("--permitir-menos"))
        #expect(try Data(contentsOf: booklet) == before)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("2015-2017/regiones/maule.html").path))

        // Adding or changing files is never refused; asking publishes the shorter edition.
        let allowed = await runCLI(["build", content.path, "--out", output.path, "--sin-busqueda", "--sin-cache", "--permitir-menos"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("2015-2017/regiones/maule.html").path))
        let again = await runCLI(["build", content.path, "--out", output.path, "--sin-busqueda", "--sin-cache"])
        #expect(again.status == 0, "\(again.stderr)")
    }
}
