import Foundation
import Testing
import TestSupport

/// A file that is not Markdown where experiences go is named with what to do about it, never passed over.
@Suite("Files that are not experiences")
struct StrayFileTests {
    @Test("in an edition: a Word file, a .md.txt, an upper-case .MD and anything else each get a warning with their remedy")
    func inAnEdition() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        let experiences = content.appendingPathComponent("2015-2017/experiencias")
        for name in ["maule-2.docx", "nuble.md.txt", "AYSEN.MD", "foto.jpg", ".los-lagos.md", "maule.md ", ".DS_Store"] {
            FileManager.default.createFile(atPath: experiences.appendingPathComponent(name).path, contents: Data("x".utf8))
        }
        let run = await runCLI(["check", content.path, "--format", "json"])
        #expect(run.status == 0)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let stray = objects.filter { $0["code"] as? String == "edition.stray-file" }
        let hints = Dictionary(uniqueKeysWithValues: stray.map {
            (URL(fileURLWithPath: $0["file"] as! String).lastPathComponent, $0["hint"] as? String ?? "")
        })
        #expect(hints.keys.sorted() == [".los-lagos.md", "AYSEN.MD", "foto.jpg", "maule-2.docx", "maule.md ", "nuble.md.txt"])
        #expect(hints[".los-lagos.md"]?.contains("un punto al comienzo (lo oculta): cámbielo a «los-lagos.md»") == true)
        #expect(hints["maule.md "]?.contains("espacios al comienzo o al final: cámbielo a «maule.md»") == true)
        #expect(hints["maule-2.docx"]?.contains("rme importar \(experiences.path)/maule-2.docx --edicion 2015-2017 --contenido \(content.path)") == true)
        #expect(hints["nuble.md.txt"]?.contains("cámbiele el nombre a «nuble.md»") == true)
        #expect(hints["AYSEN.MD"]?.contains("«AYSEN.md»") == true)
        #expect(hints["foto.jpg"]?.contains("Sáquelo de la carpeta") == true)
        #expect(stray.allSatisfy { $0["severity"] as? String == "warning" })
    }

    @Test("an edition with no experience to publish is an error saying why: no folder, or no .md in it")
    func noExperiences() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        let experiences = content.appendingPathComponent("2015-2017/experiencias")
        try FileManager.default.removeItem(at: experiences)
        let missing = await runCLI(["check", content.appendingPathComponent("2015-2017").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error[edition.no-experiences]: La edición «2015-2017» no tiene la carpeta experiencias/: no hay nada que publicar."))
        try FileManager.default.createDirectory(at: experiences, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: experiences.appendingPathComponent("tarapaca.md.txt").path, contents: Data("x".utf8))
        let output = folder.url.appendingPathComponent("Output").path
        let build = await runCLI(["build", content.path, "--out", output])
        #expect(build.status == 1)
        #expect(build.stderr.contains("no tiene ninguna experiencia (.md) en experiencias/"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("an edition folder named like a URL or with spaces is an error, and nothing is built (its name would be an href)",
          arguments: ["javascript:alert(1)", "edición 2019", "-x"])
    func editionNames(_ name: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.content.appendingPathComponent("2015-2017"), to: content.appendingPathComponent(name))
        let output = folder.url.appendingPathComponent("Output").path
        let run = await runCLI(["build", content.path, "--out", output])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[edition.invalid-id]: El nombre de la carpeta de edición «\(name)» no sirve"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("named on the command line: the refusal says what to do")
    func named() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = try folder.write("tarapaca.md.txt", "x")
        let word = try folder.write("tarapaca.docx", "x")
        let first = await runCLI(["check", text])
        #expect(first.status == 2)
        #expect(first.stderr.contains("cámbiele el nombre a «tarapaca.md»"))
        let second = await runCLI(["check", word])
        #expect(second.stderr.contains("rme importar \(word)"))
    }
}
