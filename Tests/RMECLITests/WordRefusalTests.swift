import Foundation
import Testing
import TestSupport

/// Files that are not a readable Word document get a Spanish error, exit status 2, and nothing written.
@Suite("Word import: refused files", .enabled(if: WordTools.available, WordTools.absentReason))
struct WordRefusalTests {
    static let fixtures = Repository.root.appendingPathComponent("Tests/RMECLITests/Fixtures/word")

    /// One refused file: how it is made, and words its message must hold.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        /// A fixture's name, or a case of scripts/word-hostile.py (prefixed `hostile:`), or `text`/`huge`.
        let source: String
        let message: String
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "a text file named .docx", source: "text", message: "no es un documento de Word (.docx) ni de LibreOffice (.odt)"),
        Refusal(name: "a zip that is not a document", source: "hostile:plain-zip", message: "no es un documento de Word"),
        Refusal(name: "Word 97–2003 (.doc), saved by LibreOffice", source: "antiguo.doc", message: "formato antiguo de Word (.doc, Word 97–2003)"),
        Refusal(name: "encrypted with a password (msoffcrypto-tool)", source: "cifrado.docx", message: "protegido con contraseña"),
        Refusal(name: "cut in half", source: "hostile:truncated", message: "está dañado y no se puede leer"),
        Refusal(name: "compressed data overwritten", source: "hostile:corrupted", message: "está dañado y no se puede leer"),
        Refusal(name: "over 20 MB", source: "huge", message: "una experiencia de dos páginas no pasa de 20,0 MB"),
        Refusal(name: "a zip bomb", source: "hostile:bomb", message: "se descomprime en más de 64,0 MB"),
        Refusal(name: "a zip bomb that lies about its sizes", source: "hostile:lying-bomb", message: "se descomprime en más de 64,0 MB"),
        Refusal(name: "thousands of parts", source: "hostile:many-parts", message: "está hecho de 5000 partes"),
    ]

    @Test("refused with a Spanish message, nothing written", arguments: refusals)
    func refused(_ refusal: Refusal) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let document = folder.url.appendingPathComponent("entrega.docx").path
        switch refusal.source {
        case "text":
            _ = try folder.write("entrega.docx", "Experiencia de Tarapacá\n")
        case "huge":
            FileManager.default.createFile(atPath: document, contents: Data([0x50, 0x4B, 0x03, 0x04]))
            let handle = try #require(FileHandle(forWritingAtPath: document))
            try handle.truncate(atOffset: 21 << 20)
            try handle.close()
        case let hostile where hostile.hasPrefix("hostile:"):
            try WordTools.script("word-hostile.py", [String(hostile.dropFirst(8)), document,
                                                     Self.fixtures.appendingPathComponent("libreoffice-tarapaca.docx").path])
        default:
            try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(refusal.source).path, toPath: document)
        }
        let output = folder.url.appendingPathComponent("entrega.md").path
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        let before = try regularFiles(under: content.path)

        let run = await runCLI(["importar", document, "--salida", output], environment: WordTools.environment)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("rme: «\(document)» "), "\(run.stderr)")
        #expect(run.stderr.contains(refusal.message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))

        let intoEdition = await runCLI(["importar", document, "--edicion", "2015-2017", "--contenido", content.path], environment: WordTools.environment)
        #expect(intoEdition.status == 2)
        #expect(try regularFiles(under: content.path) == before)
    }

    @Test("a file that is not there is named as missing")
    func missing() async {
        let run = await runCLI(["importar", "/nonexistent/entrega.docx"], environment: WordTools.environment)
        #expect(run.status == 2)
        #expect(run.stderr == "rme: no existe el archivo «/nonexistent/entrega.docx».\n")
    }

    @Test("without pandoc, the command says how to install it")
    func withoutPandoc() async throws {
        let document = Self.fixtures.appendingPathComponent("libreoffice-tarapaca.docx").path
        let run = await runCLI(["importar", document], environment: ["PATH": "/nonexistent"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("rme necesita pandoc"))
        #expect(run.stderr.contains("apt-get install pandoc"))
        let template = await runCLI(["plantilla-word", "--salida", "/nonexistent/x.docx"], environment: ["PATH": "/nonexistent"])
        #expect(template.status == 2)
        #expect(template.stderr.contains("rme necesita pandoc"))
    }
}

/// Files LibreOffice wrote (committed; scripts/make-word-fixtures.sh makes them again).
@Suite("Word import: files LibreOffice wrote", .enabled(if: WordTools.available, WordTools.absentReason))
struct LibreOfficeFixtureTests {
    @Test("the template filled with Tarapacá's experience and saved again by LibreOffice, as .odt and .docx, imports to the same experience",
          arguments: ["libreoffice-tarapaca.odt", "libreoffice-tarapaca.docx"])
    func roundTrip(_ name: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("tarapaca.md").path
        let document = WordRefusalTests.fixtures.appendingPathComponent(name).path
        let run = await runCLI(["importar", document, "--salida", output, "--contenido", Repository.content.path], environment: WordTools.environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Sin problemas en 1 archivo."))
        let before = try WordRoundTripTests.decoded(Repository.content.appendingPathComponent("2015-2017/experiencias/tarapaca.md").path)
        let after = try WordRoundTripTests.decoded(output)
        #expect(after.establecimientos == before.establecimientos && after.niveles == before.niveles && after.desde == before.desde)
        #expect(after.sections.map(\.html) == before.sections.map(\.html))
    }

    @Test("what a LibreOffice document holds beyond text is each reported, in .odt and in .docx",
          arguments: ["libreoffice-casos.odt", "libreoffice-casos.docx"])
    func cases(_ name: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("casos.md").path
        let document = WordRefusalTests.fixtures.appendingPathComponent(name).path
        let run = await runCLI(["importar", document, "--salida", output, "--format", "json", "--contenido", Repository.content.path],
                               environment: WordTools.environment)
        let codes = Set(try WordRoundTripTests.codes(run.stdout).filter { $0.hasPrefix("word.") })
        #expect(codes == ["word.fields-table.missing", "word.tracked-changes", "word.comments", "word.pictures", "word.text-boxes",
                          "word.headers-footers", "word.footnotes", "word.line-breaks"])
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("Aunar criterios para el plan (nota: Plan de Mejoramiento Educativo.) de la red. Texto propuesto."))
        #expect(text.contains("\nPrimera línea segunda línea.\n"))
        for dropped in ["¿Se puede acortar?", "Texto dentro de un cuadro", "Ministerio de Educación", "Borrador"] {
            #expect(!text.contains(dropped))
        }
    }
}
