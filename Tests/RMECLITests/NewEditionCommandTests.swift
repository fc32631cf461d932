import Foundation
import Testing
import TestSupport

/// `rme nueva-edicion`: a new edition from the previous one, and what `rme check` then says of it.
@Suite("rme nueva-edicion")
struct NewEditionCommandTests {
    /// A copy of the real content folder.
    static func content(in folder: TemporaryFolder) throws -> String {
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        return content.path
    }

    /// The objects of `rme check --format json`.
    static func check(_ path: String) async throws -> (status: Int32, findings: [[String: Any]]) {
        let run = await runCLI(["check", path, "--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        return (run.status, objects)
    }

    @Test("makes edition.yaml with the per-edition data as guides and copies the front pages; check reports each guide once")
    func newEdition() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try Self.content(in: folder)
        let run = await runCLI(["nueva-edicion", "2018-2019", "--contenido", content])
        #expect(run.status == 0, "\(run.stderr)")
        let edition = content + "/2018-2019"
        #expect(run.stdout.contains("Se creó \(edition) a partir de 2015-2017"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: edition + "/paginas").sorted()
                == FileManager.default.contentsOfDirectory(atPath: content + "/2015-2017/paginas").sorted())
        #expect(FileManager.default.fileExists(atPath: edition + "/experiencias"))
        let text = try String(contentsOfFile: edition + "/edition.yaml", encoding: .utf8)
        #expect(text.contains("\nid: \"2018-2019\"\n"))
        #expect(text.contains("\ntitulo: Experiencias colaborativas en Redes de Mejoramiento Escolar\n"))
        #expect(!text.contains("978-956-292-716-1") && !text.contains("A-289016"))

        let (status, findings) = try await Self.check(edition)
        #expect(status == 1)
        let guides = findings.filter { $0["code"] as? String == "edition-file.unfilled-guide" }.compactMap { $0["message"] as? String }
        #expect(guides.count == 7, "\(findings)")
        for key in ["periodo", "publicacion.mes", "publicacion.anio", "isbn", "registro_propiedad_intelectual",
                    "redes_por_anio.valores.anio", "redes_por_anio.valores.redes"] {
            #expect(guides.contains { $0.hasPrefix("«\(key)» todavía tiene la guía") }, "\(key)")
        }
        // Only the guides, and that it has no experience yet: the year that is a guide gives no second, type error.
        let errors = findings.filter { ($0["severity"] as? String) == "error" }.compactMap { $0["code"] as? String }
        #expect(errors.filter { $0 != "edition-file.unfilled-guide" } == ["edition.no-experiences"])
    }

    @Test("filled in with the previous edition's ISBN and registration, each is an error naming that edition; lost front pages a warning")
    func copiedNumbers() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try Self.content(in: folder)
        _ = await runCLI(["nueva-edicion", "2018-2019", "--contenido", content])
        let file = content + "/2018-2019/edition.yaml"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        for (pattern, value) in [("periodo:", "periodo: \"2018 - 2019\""), ("  mes:", "  mes: marzo"), ("  anio:", "  anio: 2020"),
                                 ("isbn:", "isbn: \"978-956-292-716-1\""), ("registro_propiedad_intelectual:", "registro_propiedad_intelectual: \"A-289016\""),
                                 ("  - anio:", "  - anio: 2018"), ("    redes:", "    redes: 500")] {
            text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix(pattern) ? Substring(value) : line
            }.joined(separator: "\n")
        }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: content + "/2018-2019/paginas")

        let (_, findings) = try await Self.check(content + "/2018-2019")
        let codes = findings.compactMap { $0["code"] as? String }
        #expect(codes.contains("edition-file.duplicate-isbn"), "\(findings)")
        #expect(codes.contains("edition-file.duplicate-registration"))
        #expect(!codes.contains("edition-file.unfilled-guide"))
        let isbn = try #require(findings.first { $0["code"] as? String == "edition-file.duplicate-isbn" })
        #expect((isbn["message"] as? String)?.contains("de la edición «2015-2017» (978-956-292-716-1)") == true)
        #expect(isbn["line"] as? Int == text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("isbn:") }.map { $0 + 1 })
        let pages = try #require(findings.first { $0["code"] as? String == "edition.missing-front-pages" })
        #expect(pages["severity"] as? String == "warning")
        // The real edition itself is not told anything new.
        let (status, real) = try await Self.check(content + "/2015-2017")
        #expect(status == 0)
        #expect(!real.contains { ($0["code"] as? String)?.hasPrefix("edition-file.duplicate") == true })
    }

    @Test("refuses an existing folder, an id that is not a plain name, and an unknown --desde, writing nothing")
    func refusals() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try Self.content(in: folder)
        let before = try regularFiles(under: content)
        let existing = await runCLI(["nueva-edicion", "2015-2017", "--contenido", content])
        #expect(existing.status == 2 && existing.stderr.contains("ya existe"))
        for bad in ["../fuera", ".oculta", "año 2020", ""] {
            let run = await runCLI(["nueva-edicion", bad, "--contenido", content])
            #expect(run.status == 2, "\(bad)")
        }
        let unknown = await runCLI(["nueva-edicion", "2020", "--desde", "2010", "--contenido", content])
        #expect(unknown.status == 2 && unknown.stderr.contains("no hay una edición «2010»"))
        #expect(try regularFiles(under: content) == before)
    }
}
