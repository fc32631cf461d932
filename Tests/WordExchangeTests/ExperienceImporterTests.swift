import Content
import Diagnostics
import Testing
import Validation
@testable import WordExchange

/// The importer over pandoc documents built here: what becomes which Markdown line, and from which place.
@Suite("Experience importer")
struct ExperienceImporterTests {
    static let schema = Schema.builtIn

    /// A document of a fields table with these rows, then these blocks.
    static func document(rows: [(String, [String])], _ blocks: [PandocBlock]) -> PandocDocument {
        let table = PandocTable(headRows: [[[.plain(WordTemplate.words("Dato"))], [.plain(WordTemplate.words("Respuesta"))]]],
                                bodyRows: rows.map { label, values in
                                    [[.paragraph(WordTemplate.words(label))], values.map { .paragraph(WordTemplate.words($0)) }]
                                })
        return PandocDocument(apiVersion: [1, 22], blocks: [.table(table)] + blocks)
    }

    static func imported(_ document: PandocDocument, contents: PackageContents = PackageContents()) -> ImportedExperience {
        ExperienceImporter.experience(from: document, contents: contents, schema: schema, wordPath: "entrega.docx")
    }

    @Test("labels match without accents or case, and the key itself works too; values are stored canonical")
    func labels() {
        let result = Self.imported(Self.document(rows: [
            ("REGION", ["rm"]), ("AÑO DE INICIO", ["“2016”"]), ("dependencia", ["municipales y particular subvencionada"]),
            ("Niveles de enseñanza:", ["básica, media tp"]), ("localizacion", ["urbano"]), ("Establecimientos", ["Escuela Uno", "Liceo Dos"]),
        ], []))
        #expect(result.markdown.hasPrefix("""
            ---
            region: "Metropolitana"
            desde: 2016
            dependencia:
              - "municipal"
              - "particular subvencionado"
            niveles:
              - "básica"
              - "media técnico profesional"
            localizacion: "urbana"
            establecimientos:
              - "Escuela Uno"
              - "Liceo Dos"
            ---
            """))
        #expect(result.place(ofLine: 3) == .fieldRow("AÑO DE INICIO"))
        #expect(result.regionAnswer == "rm")
        #expect(result.findings.isEmpty)
    }

    @Test("an unknown row and a repeated one are reported by their label; a missing table is an error")
    func unknownRows() {
        let result = Self.imported(Self.document(rows: [("Región", ["Maule"]), ("Teléfono", ["123"]), ("region", ["Ñuble"])], []))
        #expect(result.findings.map(\.diagnostic.code) == ["word.field.unknown", "word.field.repeated"])
        #expect(result.findings.first?.place == .fieldRow("Teléfono"))
        #expect(result.markdown.contains("region: \"Maule\""))

        let none = Self.imported(PandocDocument(apiVersion: [1, 22], blocks: [.header(level: 1, .none, WordTemplate.words("Objetivo"))]))
        #expect(none.findings.map(\.diagnostic.code) == ["word.fields-table.missing"])
        #expect(none.findings.first?.diagnostic.severity == .error)
    }

    @Test("headings open sections whatever Word level 1–2, paragraphs and items are counted within each, markup is escaped")
    func body() {
        let result = Self.imported(Self.document(rows: [("Región", ["Maule"])], [
            .header(level: 2, .none, WordTemplate.words("Objetivo de la red")),
            .paragraph([.text("Uno"), .space, .strong([.text("fuerte")]), .space, .emphasis([.text("suave"), .space]), .text("*no*"), .space, .text("<b>")]),
            .paragraph(WordTemplate.words("1. no es lista")),
            .header(level: 1, .none, WordTemplate.words("Aprendizajes y logros")),
            .bulletList([[.plain(WordTemplate.words("Primero"))], [.plain(WordTemplate.words("Segundo")), .bulletList([[.plain(WordTemplate.words("dentro"))]])]]),
        ]))
        let lines = result.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let objective = try! #require(lines.firstIndex(of: "## Objetivo de la red"))
        #expect(lines[objective + 2] == "Uno **fuerte** *suave* \\*no\\* \\<b\\>")
        #expect(lines[objective + 4] == "1\\. no es lista")
        #expect(result.place(ofLine: objective + 5) == .paragraph(section: "Objetivo de la red", number: 2))
        let items = try! #require(lines.firstIndex(of: "- Primero"))
        #expect(lines[items + 1] == "- Segundo")
        #expect(lines[items + 2] == "  - dentro")
        #expect(result.place(ofLine: items + 2) == .item(section: "Aprendizajes y logros", number: 2))
        #expect(result.place(ofLine: items + 3) == .item(section: "Aprendizajes y logros", number: 3))
    }

    @Test("the template's own words (instructions, the table's heading, the title) are left out without a finding")
    func templateWords() {
        let document = WordTemplate.document(schema: Self.schema, region: Self.schema.region(matching: "maule"), apiVersion: [1, 22])
        var withTitle = document
        withTitle.blocks.insert(.paragraph(WordTemplate.words("Experiencia colaborativa de la RME del Maule")), at: 0)
        for candidate in [document, withTitle] {
            let result = Self.imported(candidate)
            #expect(result.findings.isEmpty, "\(result.findings)")
            #expect(!result.markdown.contains("Complete la tabla"))
            #expect(!result.markdown.contains("Datos de la red"))
            #expect(result.markdown.contains("region: \"Maule\""))
            #expect(result.markdown.components(separatedBy: "\n## ").count == Self.schema.sections.count + 1)
        }
    }

    @Test("text above the first section is reported, not imported")
    func preamble() {
        let result = Self.imported(PandocDocument(apiVersion: [1, 22], blocks: [
            .paragraph(WordTemplate.words("Región: Biobío")),
            .paragraph(WordTemplate.words("Querida editora, le envío la experiencia.")),
            .header(level: 1, .none, WordTemplate.words("Objetivo")),
        ]))
        #expect(result.markdown.contains("region: \"Biobío\""))
        #expect(!result.markdown.contains("Querida"))
        #expect(result.findings.map(\.diagnostic.code) == ["word.text-outside-sections"])
        #expect(result.findings.first?.place == .preamble(paragraph: 2))
    }

    @Test("a checker diagnostic gets the place of its line")
    func checkedPlaces() {
        let result = Self.imported(Self.document(rows: [("Región", ["Maule"])], [
            .header(level: 1, .none, WordTemplate.words("Objetivo")), .paragraph(WordTemplate.words("Texto.")),
        ]))
        let line = result.markdown.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "Texto.")! + 1
        let diagnostic = Diagnostic(file: "x.md", range: SourceRange(SourceLocation(line: line, column: 1)), severity: .error,
                                    code: "body.x", message: LocalizedText(es: "x", en: "x"))
        let findings = WordImport.findings(result, checked: [diagnostic])
        #expect(findings.first?.place == .paragraph(section: "Objetivo", number: 1))
        #expect(findings.first?.place?.description.es == "sección «Objetivo», párrafo 1")
    }
}
