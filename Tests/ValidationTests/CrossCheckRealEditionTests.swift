import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Validation

@Suite("the real 2015-2017 edition under the body, safety and cross-check rules")
struct CrossCheckRealEditionTests {
    static let folder = Repository.content.appendingPathComponent("2015-2017").path

    /// Every diagnostic the body, safety and cross-check rules give one real file.
    static func diagnostics(_ path: String, kind: DocumentKind) throws -> [Diagnostic] {
        let file = try #require(InputFile.read(path: path))
        let context = DocumentContext(document: LoadedDocument.load(file), kind: kind, schema: BodyFixtures.schema)
        var diagnostics: [Diagnostic] = []
        for rule in BodyRules.all + SafetyRules.all + CrossCheckRules.all {
            rule.check(context, BodyFixtures.settings, into: &diagnostics)
        }
        return diagnostics
    }

    /// The mismatches the 2018 booklet itself has, counted by hand from the files: the text's number (line 1 of
    /// Conformación's paragraph, after "La red está conformada por los directores y jefes técnicos de ", column 63)
    /// against the names listed in `establecimientos`. Coquimbo also names its school «Bernardo O´Higgins» with
    /// an acute accent for the apostrophe (line 40, column 243): a region's name spelled otherwise than the schema's
    /// list, which `body.region-spelling` reports (wanted: the school bears the region's, and the man's, name).
    static let expectedWarnings: [String: [Found]] = [
        "arica-y-parinacota.md": [Found(code: "cross-check.school-count", severity: .warning, line: 34, column: 63)],  // 8 vs 11
        "los-rios.md": [Found(code: "cross-check.school-count", severity: .warning, line: 32, column: 63)],  // 4 vs 5
        "coquimbo.md": [
            Found(code: "body.region-spelling", severity: .warning, line: 40, column: 243),  // «Bernardo O´Higgins»
            Found(code: "cross-check.school-count", severity: .warning, line: 40, column: 63),  // 10 vs 11
        ],
        "valparaiso.md": [Found(code: "cross-check.school-count", severity: .warning, line: 41, column: 63)],  // 12 vs 13
    ]

    /// The two figures, and the line of the `establecimientos:` key each message names.
    static let expectedFigures: [String: (text: Int, list: Int, keyLine: Int)] = [
        "arica-y-parinacota.md": (8, 11, 10), "los-rios.md": (4, 5, 13), "coquimbo.md": (10, 11, 10), "valparaiso.md": (12, 13, 12),
    ]

    @Test("the 15 experiences give exactly the booklet's four count mismatches and Coquimbo's «O´Higgins», no other body or safety diagnostic")
    func experiences() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder + "/experiencias").filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count == 15)
        for name in files {
            let diagnostics = try Self.diagnostics(Self.folder + "/experiencias/" + name, kind: .experience)
            let expected = Self.expectedWarnings[name] ?? []
            #expect(diagnostics.map(Found.init) == expected, "\(name): \(diagnostics.map { $0.message.es })")
            if let figures = Self.expectedFigures[name],
               let message = diagnostics.first(where: { $0.code == "cross-check.school-count" })?.message.es {
                #expect(message.hasPrefix("La conformación dice \(figures.text) establecimientos"), "\(name)")
                #expect(message.hasSuffix("pero 'establecimientos' (línea \(figures.keyLine)) nombra \(figures.list)."), "\(name)")
            }
        }
    }

    @Test("the 4 front pages give nothing")
    func frontPages() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder + "/paginas").filter { $0.hasSuffix(".md") }
        #expect(files.count == 4)
        for name in files {
            let diagnostics = try Self.diagnostics(Self.folder + "/paginas/" + name, kind: .frontPage)
            #expect(diagnostics.isEmpty, "\(name): \(diagnostics.map { $0.message.es })")
        }
    }

    @Test("every real experience names its eight sections at level 2, in order")
    func sectionsRecognised() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder + "/experiencias").filter { $0.hasSuffix(".md") }
        for name in files {
            let file = try #require(InputFile.read(path: Self.folder + "/experiencias/" + name))
            let context = DocumentContext(document: LoadedDocument.load(file), kind: .experience, schema: BodyFixtures.schema)
            let parts = try #require(context.sections?.parts)
            #expect(parts.map(\.sectionID) == BodyFixtures.schema.sections.map(\.id), "\(name)")
            #expect(parts.allSatisfy { $0.level == 2 }, "\(name)")
        }
    }
}
