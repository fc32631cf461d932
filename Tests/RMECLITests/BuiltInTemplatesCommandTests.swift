import Foundation
import Testing
import TestSupport

/// A project anywhere, without a `Templates/` folder, builds with the templates inside `rme`; `rme plantillas
/// --exportar` writes them out and never replaces a file.
@Suite("Built-in templates from the command line")
struct BuiltInTemplatesCommandTests {
    @Test("rme build of a copy of the content with no Templates/ beside it writes what the repository's build writes")
    func buildWithoutTemplatesFolder() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("otra/Content")
        try FileManager.default.createDirectory(at: content.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.content, to: content)
        let alone = folder.url.appendingPathComponent("Sola").path, reference = folder.url.appendingPathComponent("Referencia").path

        let built = await runCLI(["build", content.path, "--out", alone, "--sin-cache"])
        #expect(built.status == 0, "stderr: \(built.stderr)")
        let repository = await runCLI(["build", Repository.content.path, "--out", reference, "--sin-cache"])
        #expect(repository.status == 0, "stderr: \(repository.stderr)")
        let files = try regularFiles(under: reference)
        #expect(files.count > 20)
        #expect(try regularFiles(under: alone) == files)
        for path in files {
            #expect(FileManager.default.contents(atPath: alone + "/" + path) == FileManager.default.contents(atPath: reference + "/" + path), "\(path) differs")
        }
    }

    @Test("rme plantillas --exportar writes Templates/ as it is, and a second time refuses without writing anything")
    func export() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("Plantillas").path
        let first = await runCLI(["plantillas", "--exportar", target])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let templates = Repository.root.appendingPathComponent("Templates").path
        let expected = try regularFiles(under: templates)
        #expect(try regularFiles(under: target) == expected)
        for path in expected {
            #expect(FileManager.default.contents(atPath: target + "/" + path) == FileManager.default.contents(atPath: templates + "/" + path), "\(path) differs")
        }
        let edited = target + "/chapter.mustache"
        try Data("mío".utf8).write(to: URL(fileURLWithPath: edited))
        let second = await runCLI(["plantillas", "--exportar", target])
        #expect(second.status == 2)
        #expect(second.stderr.contains("no se escribió nada"), "stderr: \(second.stderr)")
        #expect(FileManager.default.contents(atPath: edited) == Data("mío".utf8), "a designer's file was replaced")
    }
}
