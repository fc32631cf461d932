import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Validation

@Suite("Schema loader")
struct SchemaLoaderTests {
    @Test("Content/schema.yaml reads with no diagnostics and fills every part the CLI reads")
    func realSchemaReads() throws {
        let result = SchemaLoader.load(contentRoot: Repository.content.path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.range?.description ?? "-") \($0.code) \($0.message.es)" })")
        #expect(result.usesBuiltIn == false)
        let schema = result.schema
        #expect(schema.regions.count == 16)
        #expect(schema.fields.count == 11)
        #expect(schema.sections.count == 8)
        #expect(schema.pageFields.map(\.name) == ["titulo"])
        #expect(schema.fields.allSatisfy { !$0.guide.isEmpty })
        #expect(schema.sections.allSatisfy { !$0.guide.isEmpty })
    }

    /// The real schema text with one passage replaced (markers allowed in `new`); `old` must be there.
    func variant(replacing old: String, with new: String) throws -> MarkedText {
        let text = try String(contentsOf: Repository.content.appendingPathComponent("schema.yaml"), encoding: .utf8)
        try #require(text.contains(old), "schema.yaml has no \(old)")
        return MarkedText(text.replacingOccurrences(of: old, with: new))
    }

    @Test("each kind of problem in the schema file is reported at its line, and nothing half-read is used", arguments: [
        ("una_por_region: true", "1️⃣una_region: true", "schema.unknown-key"),
        ("    tipo: anio\n", "    tipo: 1️⃣fecha\n", "schema.invalid-value"),
        ("  max_bytes: 1048576", "  max_bytes: 1️⃣muchos", "schema.wrong-type"),
        ("palabras: { aviso: 150, error: 300 }", "palabras: 1️⃣{ aviso: 350, error: 300 }", "schema.invalid-value"),
        ("caracteres_seguidos: { aviso: 60, error: 300 }", "caracteres_seguidos: 1️⃣{ aviso: 20, error: 600 }", "schema.invalid-value"),
        ("caracteres_seguidos: { aviso: 60, error: 300 }", "caracteres_seguidos: { 1️⃣maximo: 600 }", "schema.unknown-key"),
        ("    acepta: [tarapaca]", "    acepta: [tarapaca, 1️⃣&t iquique]", "schema.yaml-anchor"),
        ("    acepta: [el maule]", "    acepta: [el maule, santiago]", "schema.ambiguous-spelling"),
        ("  max_bytes: 1048576", "  max_bytes: 10481️⃣: 576", "schema.yaml-syntax"),
    ])
    func problems(old: String, new: String, code: String) throws {
        let marked = try variant(replacing: old, with: new)
        let parsed = SchemaLoader.parse(text: marked.text, file: "schema.yaml")
        #expect(parsed.schema == nil)
        let found = parsed.diagnostics.filter { $0.code == code }
        #expect(!found.isEmpty, "\(parsed.diagnostics.map { "\($0.range?.start.description ?? "-") \($0.code)" })")
        if let location = marked.markers["1️⃣"] {
            #expect(found.contains { $0.range?.start == location }, "\(found.map { $0.range?.start.description ?? "-" })")
        }
        #expect(found.allSatisfy { $0.severity == .error && $0.file == "schema.yaml" })
    }

    @Test("archivo.caracteres_seguidos may be left out (the default applies) or set to the editors' own limits")
    func runLimit() throws {
        let line = "  caracteres_seguidos: { aviso: 60, error: 300 }\n"
        let without = try variant(replacing: line, with: "")
        let parsedWithout = SchemaLoader.parse(text: without.text, file: "schema.yaml")
        #expect(parsedWithout.diagnostics.isEmpty)
        #expect(parsedWithout.schema?.unbreakableRun == Schema.defaultUnbreakableRun)
        let own = try variant(replacing: line, with: "  caracteres_seguidos: { error: 100 }\n")
        #expect(SchemaLoader.parse(text: own.text, file: "schema.yaml").schema?.unbreakableRun == Limit(error: 100))
    }

    @Test("a missing guide is reported against the field that lacks it")
    func missingGuide() throws {
        let marked = try variant(
            replacing: "  - clave: provincia\n",
            with: "  - 1️⃣clave: provincia\n")
        let text = marked.text.replacingOccurrences(
            of: "    guia: Departamento Provincial de Educación (DEPROV) de la red, por ejemplo «Iquique».\n", with: "")
        let parsed = SchemaLoader.parse(text: text, file: "schema.yaml")
        expectDiagnostic(parsed.diagnostics, "schema.missing-key", .error, at: marked.location("1️⃣"))
    }

    @Test("a broken schema file is reported and the built-in default is used instead")
    func brokenFileFallsBack() throws {
        let marked = try variant(replacing: "version: 1", with: "version: 1️⃣2")
        let edition = try TemporaryEdition(files: ["schema.yaml": marked.text])
        defer { edition.remove() }
        let result = SchemaLoader.load(path: edition.path + "/schema.yaml")
        #expect(result.usesBuiltIn)
        #expect(result.path == edition.path + "/schema.yaml")
        #expect(result.diagnostics.map(\.code) == ["schema.unsupported-version"])
        #expect(result.diagnostics.first?.range?.start == marked.location("1️⃣"))
        #expect(result.schema == Schema.builtIn)
    }

    @Test("a schema file that is not UTF-8 is reported as unreadable")
    func notUTF8() throws {
        let edition = try TemporaryEdition(files: [:])
        defer { edition.remove() }
        try Data([0x76, 0x65, 0x72, 0xF3, 0x0A]).write(to: URL(fileURLWithPath: edition.path + "/schema.yaml"))
        let result = SchemaLoader.load(path: edition.path + "/schema.yaml")
        #expect(result.usesBuiltIn)
        expectDiagnostic(result.diagnostics, "schema.unreadable", .error, at: SourceLocation(line: 1, column: 4))
    }
}
