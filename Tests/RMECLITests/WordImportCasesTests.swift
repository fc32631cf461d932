import Foundation
import Testing
import TestSupport

/// What real Word files hold, each handled or reported by `rme importar` (python-docx writes each case into
/// the template filled with Tarapacá's experience, in the XML Word writes: scripts/word-cases.py).
@Suite("Word import: what Word files hold", .enabled(if: WordTools.available, WordTools.absentReason))
struct WordImportCasesTests {
    /// One case: the findings it must give (codes), text the `.md` must and must not hold, and the place in Word
    /// a finding must name.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var codes: [String] = []
        var contains: [String] = []
        var lacks: [String] = []
        var place: String?
        var status: Int32 = 0
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "tracked", codes: ["word.tracked-changes"], contains: ["planes normativos. Texto propuesto por la revisora."],
             lacks: ["Texto que la revisora borró"]),
        Case(name: "comments", codes: ["word.comments"], lacks: ["¿Se puede acortar?", "Revisar la sigla"]),
        Case(name: "picture", codes: ["word.pictures"]),
        Case(name: "section-table", codes: ["word.table-in-section"], contains: ["\n\nMeta — Logro\n\nPlan anual — Cumplido\n"],
             place: "sección «Objetivo», tabla, fila 1"),
        Case(name: "line-break", codes: ["word.line-breaks"], contains: ["planes normativos. Segunda línea del objetivo."],
             place: "sección «Objetivo», párrafo 1"),
        Case(name: "empty"),
        Case(name: "hyperlink", contains: ["[sitio del Ministerio](https://www.mineduc.cl/)"]),
        Case(name: "unsafe-link", codes: ["safety.unsafe-url"], place: "sección «Objetivo», párrafo 1", status: 1),
        Case(name: "quotes", contains: ["\ndesde: 2015\n", "\nprovincia: \"Iquique\"\n"]),
        Case(name: "header", codes: ["word.headers-footers"], lacks: ["Ministerio de Educación —", "Borrador"]),
        Case(name: "text-box", codes: ["word.text-boxes"]),
        Case(name: "field", codes: ["word.fields"]),
        Case(name: "chart", codes: ["word.charts"]),
        Case(name: "subheading", codes: ["word.subheadings"], contains: ["\n\n**Detalle del objetivo**\n\n"],
             place: "sección «Objetivo», párrafo 2"),
        Case(name: "numbered", codes: ["body.ordered-list"], contains: ["\n 1. Visualizan", "\n 2. Realizan"],
             place: "sección «Para movilizar el objetivo», viñeta 1", status: 1),
    ]

    @Test("each case is handled or reported, with its place in Word", arguments: cases)
    func eachCase(_ expected: Case) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try await WordTools.template(in: folder)
        let original = Repository.content.appendingPathComponent("2015-2017/experiencias/tarapaca.md")
        let filled = try WordTools.filled(template, with: original, as: "lleno.docx", in: folder)
        let document = folder.url.appendingPathComponent("\(expected.name).docx").path
        try WordTools.script("word-cases.py", [expected.name, filled, document])
        let markdown = folder.url.appendingPathComponent("\(expected.name).md").path

        let run = await runCLI(["importar", document, "--salida", markdown, "--format", "json", "--contenido", Repository.content.path],
                               environment: WordTools.environment)
        #expect(run.status == expected.status, "\(run.stderr)")
        let findings = try WordRoundTripTests.findings(run.stdout)
        #expect(findings.compactMap { $0["code"] as? String }.sorted() == expected.codes.sorted())
        if let place = expected.place {
            #expect(findings.contains { $0["word"] as? String == place }, "\(findings)")
        }
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        for piece in expected.contains { #expect(text.contains(piece), "\(piece) not in:\n\(text)") }
        for piece in expected.lacks { #expect(!text.contains(piece), "\(piece) in:\n\(text)") }
    }

    @Test("bullets typed by hand become a list, with a note naming the first")
    func manualBullets() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try await WordTools.template(in: folder)
        let original = Repository.content.appendingPathComponent("2015-2017/experiencias/tarapaca.md")
        let document = try WordTools.filled(template, with: original, as: "a-mano.docx", in: folder,
                                            options: ["--manual-bullets", "Aprendizajes y logros"])
        let markdown = folder.url.appendingPathComponent("a-mano.md").path
        let run = await runCLI(["importar", document, "--salida", markdown, "--contenido", Repository.content.path],
                               environment: WordTools.environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("advertencia[word.manual-bullets]: párrafos que empiezan con una viñeta escrita a mano («•», «-»): 3"))
        #expect(run.stderr.contains("= en Word: sección «Aprendizajes y logros», viñeta 1"))
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.contains("\n\n- Reconocimiento de que el desarrollo"))
        #expect(text.contains("\n- Mejoramiento del proceso"))
        #expect(!text.contains("•"))
    }

    @Test("a diagnostic in text form shows the .md line, its excerpt and the place in Word")
    func textReport() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try await WordTools.template(in: folder)
        let original = Repository.content.appendingPathComponent("2015-2017/experiencias/tarapaca.md")
        let filled = try WordTools.filled(template, with: original, as: "lleno.docx", in: folder)
        let document = folder.url.appendingPathComponent("enlace.docx").path
        try WordTools.script("word-cases.py", ["unsafe-link", filled, document])
        let run = await runCLI(["importar", document, "--contenido", Repository.content.path], environment: WordTools.environment)
        #expect(run.status == 1)
        let markdownPath = folder.url.appendingPathComponent("enlace.md").path
        #expect(run.stderr.contains("\(markdownPath):31:"))
        #expect(run.stderr.contains("error[safety.unsafe-url]"))
        #expect(run.stderr.contains("  = en Word: sección «Objetivo», párrafo 1\n"))
        #expect(run.stderr.contains("  31 | …miento Escolar y los planes normativos. [pulse aquí](<javascript:alert(1)>)"))
        #expect(run.stderr.contains("No se escribió ningún archivo"))
        #expect(!FileManager.default.fileExists(atPath: markdownPath))

        let english = await runCLI(["importar", document, "--lang", "en", "--contenido", Repository.content.path], environment: WordTools.environment)
        #expect(english.stderr.contains("  = in Word: section «Objetivo», paragraph 1\n"))
    }
}
