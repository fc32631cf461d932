import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Validation

@Suite("Edition: edition.yaml")
struct EditionInfoFileTests {
    /// Decodes an edition.yaml text written to a temporary folder.
    func decode(_ text: String) throws -> (info: EditionInfo?, diagnostics: [Diagnostic]) {
        let edition = try TemporaryEdition(files: ["edition.yaml": text])
        defer { edition.remove() }
        var diagnostics: [Diagnostic] = []
        let info = EditionInfoDecoder.decode(path: edition.path + "/edition.yaml", folder: try #require(EditionFolder.scan(path: edition.path)), into: &diagnostics)
        return (info, diagnostics)
    }

    @Test("the real 2015-2017 edition.yaml reads completely, with no diagnostic")
    func realFile() throws {
        var diagnostics: [Diagnostic] = []
        let path = Repository.content.appendingPathComponent("2015-2017/edition.yaml").path
        let folder = try #require(EditionFolder.scan(path: Repository.content.appendingPathComponent("2015-2017").path))
        let info = try #require(EditionInfoDecoder.decode(path: path, folder: folder, into: &diagnostics))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.es))")
        #expect(info.titulo == "Experiencias colaborativas en Redes de Mejoramiento Escolar")
        // Written «2015 - 2017», as the 2018 booklet's title page prints it; shown with an en dash (`YearRange`).
        #expect(info.periodo == "2015–2017")
        #expect(info.publicacionMes == "marzo" && info.publicacionAnio == 2018)
        #expect(info.isbn == "978-956-292-716-1")
        #expect(info.editor.institucion == "Ministerio de Educación de Chile")
        #expect(info.coordinacionNacional == ["Sandra Pavez Avendaño"])
        #expect(info.comiteEditorial.count == 2)
        #expect(info.diseno == "Departamento Diseño Mineduc")
        #expect(info.redesPorAnio?.valores.map(\.redes) == [523, 505, 481])
        #expect(info.actores?.lista.count == 4)
        #expect(info.principios?.lista.map(\.nombre) == ["Colaboración", "Finalidad", "Proyección"])
        #expect(info.pagina == PageSetup(size: .carta, marginTop: "22mm", marginBottom: "22mm", marginInner: "22mm", marginOuter: "20mm"))
    }

    @Test("missing required keys are each reported where they belong")
    func missingKeys() throws {
        let marked = MarkedText("1️⃣periodo: \"2099\"\npublicacion: { mes: marzo, anio: 2099 }\neditor:\n  2️⃣nombre: División de Educación General\n")
        let (info, diagnostics) = try decode(marked.text)
        #expect(info == nil)
        let missing = diagnostics.filter { $0.code == "edition-file.missing-key" }
        #expect(missing.count == 2)
        #expect(missing.contains { $0.message.es.contains("«titulo»") && $0.range?.start == marked.location("1️⃣") })
        #expect(missing.contains { $0.message.es.contains("«editor.institucion»") && $0.range?.start == marked.location("2️⃣") })
    }

    @Test("paper size other than carta or a4, a month that is not one, a margin that is not a length")
    func invalidValues() throws {
        let marked = MarkedText(minimalEditionYAML.replacingOccurrences(of: "mes: marzo", with: "mes: 1️⃣marzzo") + """
            pagina:
              tamano: 2️⃣oficio
              margenes: { superior: 3️⃣"22mm; } body { display: none" }

            """)
        let (info, diagnostics) = try decode(marked.text)
        #expect(info == nil)
        let invalid = diagnostics.filter { $0.code == "edition-file.invalid-value" }
        #expect(invalid.count == 3, "\(diagnostics.map(\.message.es))")
        for marker in ["1️⃣", "2️⃣", "3️⃣"] {
            #expect(invalid.contains { $0.range?.start == marked.location(marker) }, "\(marker)")
        }
    }

    @Test("a4 and custom margins are read into the page setup")
    func pageSetup() throws {
        let (info, diagnostics) = try decode(minimalEditionYAML + "pagina: { tamano: A4, margenes: { exterior: 2.5cm } }\n")
        #expect(diagnostics.isEmpty)
        #expect(info?.pagina == PageSetup(size: .a4, marginOuter: "2.5cm"))
    }

    @Test("an unknown key is a warning with a did-you-mean; the edition still reads")
    func unknownKey() throws {
        let marked = MarkedText(minimalEditionYAML + "1️⃣agradecimiento: Gracias\n")
        let (info, diagnostics) = try decode(marked.text)
        #expect(info != nil)
        expectDiagnostic(diagnostics, "edition-file.unknown-key", .warning, at: marked.location("1️⃣"))
        #expect(diagnostics.first?.hint?.es == "¿Quiso decir «agradecimientos»?")
    }

    @Test("a long run without spaces in any value is a warning, past the error an error that stops the edition, each at its value")
    func longWords() throws {
        let limit = Schema.defaultUnbreakableRun
        let warning = try #require(limit.warning), error = try #require(limit.error)
        let marked = MarkedText(minimalEditionYAML + """
            descripcion: 1️⃣\(String(repeating: "x", count: warning + 1))
            creditos:
              diseno: 2️⃣"\(String(repeating: "/", count: error + 1))"

            """)
        let (info, diagnostics) = try decode(marked.text)
        #expect(info == nil)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("edition-file.long-word", .warning, at: "1️⃣"),
            ExpectedDiagnostic("edition-file.long-word", .error, at: "2️⃣"),
        ], in: marked)
        #expect(diagnostics.last?.message.es.hasPrefix("En «creditos.diseno» hay una «palabra» de \(error + 1) caracteres") == true)
    }

    @Test("YAML refused in edition.yaml as in front matter (an anchor), with its line")
    func refusedYAML() throws {
        let marked = MarkedText(minimalEditionYAML + "descripcion: 1️⃣&d Texto\n")
        let (info, diagnostics) = try decode(marked.text)
        #expect(info == nil)
        expectDiagnostic(diagnostics, "edition-file.yaml-anchor", .error, at: marked.location("1️⃣"))
    }

    @Test("an edition without edition.yaml is an error naming the edition and the file it should have")
    func absent() throws {
        let edition = try TemporaryEdition(files: ["experiencias/tarapaca.md": "x"])
        defer { edition.remove() }
        let folder = try #require(EditionFolder.scan(path: edition.path))
        var diagnostics: [Diagnostic] = []
        #expect(EditionInfoDecoder.decode(path: nil, folder: folder, into: &diagnostics) == nil)
        expectDiagnostic(diagnostics, "edition-file.missing", .error, at: nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.file == edition.path + "/edition.yaml")
        #expect(diagnostic.message.es == "La edición «\(folder.id)» no tiene «edition.yaml» (título, período, créditos y tamaño de página).")
    }
}
