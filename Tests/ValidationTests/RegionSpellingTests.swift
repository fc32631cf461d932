import Content
import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.region-spelling, front-matter.region-spelling and edition-file.region-spelling")
struct RegionSpellingTests {
    let spellings = RegionSpellings(Schema.builtIn.regions)

    /// The spellings `RegionSpellings` finds in a text, as «written→canonical».
    func found(_ text: String) -> [String] {
        spellings.findings(in: text).map { "\($0.written)→\($0.canonical)" }
    }

    @Test("the schema's canonical O’Higgins has the typographic apostrophe, and its other forms are still accepted as the region")
    func canonicalName() throws {
        let spec = try #require(Schema.builtIn.regions.first { $0.region.slug == "ohiggins" })
        #expect(spec.region.name == "O’Higgins" && spec.region.titleForm == "de O’Higgins")
        for written in ["O'Higgins", "O´Higgins", "O’Higgins", "OHiggins", "Región de O'Higgins"] {
            #expect(Schema.builtIn.region(matching: written)?.region.name == "O’Higgins", "\(written)")
        }
    }

    @Test("a name differing only by apostrophe, accents, hyphens or spaces is found, naming the schema's form")
    func variants() {
        #expect(found("Bernardo O´Higgins y O'Higgins, O`Higgins, O‘Higgins, OʼHiggins, OHiggins, O Higgins.") == [
            "O´Higgins→O’Higgins", "O'Higgins→O’Higgins", "O`Higgins→O’Higgins", "O‘Higgins→O’Higgins",
            "OʼHiggins→O’Higgins", "OHiggins→O’Higgins", "O Higgins→O’Higgins",
        ])
        #expect(found("Bio-Bio, Bío-Bío, Biobio, Bio Bio, BIOBIO y Biobío.") == [
            "Bio-Bio→Biobío", "Bío-Bío→Biobío", "Biobio→Biobío", "Bio Bio→Biobío", "BIOBIO→Biobío",
        ])
        #expect(found("Aysen, Valparaiso, Tarapaca, Nuble, Los Rios y La Araucania") == [
            "Aysen→Aysén", "Valparaiso→Valparaíso", "Tarapaca→Tarapacá", "Nuble→Ñuble", "Los Rios→Los Ríos",
            "La Araucania→La Araucanía",
        ])
        #expect(found("Valparaíso-ciudad") == [])
    }

    @Test("a text read on its scalars and one read on its characters (a combining accent) give the same findings")
    func bothReadings() {
        let scalars = spellings.findings(in: "Café en Biobio y O´Higgins")
        let characters = spellings.findings(in: "Cafe\u{301} en Biobio y O´Higgins")
        #expect(scalars.map(\.offset) == [8, 17] && scalars.map(\.canonical) == ["Biobío", "O’Higgins"])
        #expect(characters == scalars)
        #expect(spellings.findings(in: "Valparai\u{301}so y Valparaiso").map(\.written) == ["Valparaiso"])
    }

    @Test("the canonical form, other words, other cases and common words pass")
    func passes() {
        #expect(found("Bernardo O’Higgins, Biobío, Aysén, Ñuble, Los Ríos, La Araucanía, Arica y Parinacota") == [])
        // Whole words only; a lower-case first letter is the common word; case alone is no other spelling.
        #expect(found("Maulero, Biobioense, los ríos y los lagos del sur, valparaiso.cl, Los lagos, BIOBÍO") == [])
        #expect(found("Arica, Parinacota, Santiago, Aisén") == [])
        #expect(found("") == [] && found("sin mayúsculas") == [])
    }

    @Test("each finding's offset and length in characters point at the spelling")
    func offsets() throws {
        let text = "Ñandú: «Bío-Bío» y O´Higgins"
        let findings = spellings.findings(in: text)
        #expect(findings.map { String(Array(text)[$0.offset..<($0.offset + $0.length)]) } == ["Bío-Bío", "O´Higgins"])
    }

    @Test("the body: paragraphs, headings, list items, emphasis and link text, at the spelling's line and column; never code or addresses")
    func body() {
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "conformacion": """
                ## Conformación

                La red está conformada por los directores de 2 escuelas: Uno y Dos, de 1️⃣Bio-Bio y de la escuela
                Bernardo 2️⃣O´Higgins. Funciona desde 2015 en **3️⃣Valparaiso** y en [4️⃣Aysen](https://aysen.cl/Aysen).

                """,
            "necesidades": """
                ## Principios y necesidades en 5️⃣O'Higgins

                - Las escuelas de 6️⃣Los Rios necesitan compartir sus prácticas (`O'Higgins`).
                - En O’Higgins, Maulero y los ríos todo va bien.

                ```
                Biobio en un bloque de código
                ```

                """,
        ])))
        let diagnostics = BodyFixtures.run(RegionSpellingRule(), marked.text)
        expectDiagnostics(diagnostics, ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"].map {
            ExpectedDiagnostic("body.region-spelling", .warning, at: $0)
        }, in: marked)
        let second = diagnostics.first { $0.range?.start == marked.location("2️⃣") }
        #expect(second?.message.es == "«O´Higgins» se escribe «O’Higgins» (la forma de la lista de regiones del esquema).")
        #expect(second?.message.en == "\"O´Higgins\" is spelled \"O’Higgins\" (the form in the schema's list of regions).")
        #expect(second?.range?.end == Diagnostics.SourceLocation(line: marked.location("2️⃣").line, column: marked.location("2️⃣").column + 8))
    }

    @Test("a front page's body is read too")
    func frontPage() {
        let marked = MarkedText("---\ntitulo: Presentación\n---\n\nLas redes de 1️⃣Aysen y del Biobío.\n")
        expectDiagnostics(BodyFixtures.run(RegionSpellingRule(), marked.text, kind: .frontPage), [
            ExpectedDiagnostic("body.region-spelling", .warning, at: "1️⃣"),
        ], in: marked)
    }

    @Test("front-matter values, in lists, quoted or not, at the spelling; the region value itself is accepted silently")
    func frontMatter() throws {
        let marked = MarkedText(RuleHarness.experience("""
            region: O'Higgins
            provincia: Cachapoal
            red: "Red de 2️⃣Valparaiso"
            desde: 2015
            dependencia: [municipal]
            niveles: [básica]
            integrantes: [directores]
            establecimientos: [Escuela 3️⃣Biobio, Escuela Bernardo 4️⃣O´Higgins, Escuela O’Higgins]
            comunas:
              - 5️⃣Aysen

            """))
        let diagnostics = RuleHarness.run(RegionSpellingValueRule(), marked.text)
        expectDiagnostics(diagnostics, ["2️⃣", "3️⃣", "4️⃣", "5️⃣"].map {
            ExpectedDiagnostic("front-matter.region-spelling", .warning, at: $0)
        }, in: marked)
        let school = try #require(diagnostics.first { $0.range?.start == marked.location("4️⃣") })
        #expect(school.message.es == "En «establecimientos»: «O´Higgins» se escribe «O’Higgins» (la forma de la lista de regiones del esquema).")
    }

    @Test("a value YAML writes otherwise than its text (an escape) is reported at the value")
    func escapedValue() {
        let marked = RuleHarness.marked(replacing: "red: Red de prueba", with: "red: 1️⃣'Red de O''Higgins'")
        expectDiagnostics(RuleHarness.run(RegionSpellingValueRule(), marked.text), [
            ExpectedDiagnostic("front-matter.region-spelling", .warning, at: "1️⃣"),
        ], in: marked)
    }

    @Test("edition.yaml's text values, block text included, at the spelling")
    func editionFile() throws {
        let marked = MarkedText(minimalEditionYAML + """
            agradecimientos: >-
              Se agradece a los equipos de 1️⃣Biobio y
              de Bernardo 2️⃣O'Higgins.

            """)
        let edition = try TemporaryEdition(files: ["edition.yaml": marked.text])
        defer { edition.remove() }
        var diagnostics: [Diagnostic] = []
        let folder = try #require(EditionFolder.scan(path: edition.path))
        _ = EditionInfoDecoder.decode(
            (edition.path + "/edition.yaml", InputFile.read(path: edition.path + "/edition.yaml")), folder: folder,
            regionSpellings: spellings, into: &diagnostics)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("edition-file.region-spelling", .warning, at: "1️⃣"),
            ExpectedDiagnostic("edition-file.region-spelling", .warning, at: "2️⃣"),
        ], in: marked)
        #expect(diagnostics.first?.message.es.hasPrefix("En «agradecimientos»: «Biobio» se escribe «Biobío»") == true)
    }

    @Test("the real edition: only Coquimbo's school «Bernardo O´Higgins», in its list and in its text")
    func realEdition() async throws {
        let folder = try #require(EditionFolder.scan(path: Repository.content.appendingPathComponent("2015-2017").path))
        let settings = CheckSettings(schema: SchemaLoader.load(contentRoot: Repository.content.path).schema, currentYear: 2025)
        let check = try await Checker.check(folder, settings: settings)
        let found = check.diagnostics.filter { $0.code.hasSuffix(".region-spelling") }
            .map { "\(($0.file ?? "-").split(separator: "/").last ?? ""):\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.code)" }
        #expect(found == ["coquimbo.md:19:14 front-matter.region-spelling", "coquimbo.md:40:243 body.region-spelling"])
    }
}
