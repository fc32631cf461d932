import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("cross-check.school-count")
struct CrossCheckSchoolCountTests {
    /// An experience whose Conformación says `text` and whose front matter lists `names` schools.
    static func experience(_ text: String, names: Int) -> String {
        let list = (1...names).map { "Escuela \($0)" }.joined(separator: ", ")
        let frontMatter = BodyFixtures.frontMatter.replacingOccurrences(
            of: "establecimientos: [Escuela Uno, Escuela Dos]", with: "establecimientos: [\(list)]"
        )
        return BodyFixtures.experience(BodyFixtures.body(["conformacion": "## Conformación\n\n\(text)\n"]), frontMatter: frontMatter)
    }

    @Test("a count that differs from the list is a warning at the number, naming both figures and the list's line")
    func mismatch() throws {
        let marked = MarkedText(Self.experience("La red está conformada por los directores de 1️⃣8 escuelas de dependencia municipal: A, B y C.", names: 11))
        let diagnostics = BodyFixtures.run(SchoolCountRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("cross-check.school-count", .warning, at: "1️⃣")], in: marked)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message.es == "La conformación dice 8 establecimientos («8 escuelas»), pero 'establecimientos' (línea 9) nombra 11.")
        #expect(diagnostic.message.en == "The Conformación text says 8 schools (\"8 escuelas\"), but 'establecimientos' (line 9) lists 11.")
        #expect(diagnostic.range?.end.column == marked.location("1️⃣").column + 9)
    }

    @Test("numbers in words, several counts, and a count wrapped onto the next line")
    func forms() {
        let words = MarkedText(Self.experience("Conformada por los directores de 1️⃣cuatro escuelas.", names: 5))
        expectDiagnostics(BodyFixtures.run(SchoolCountRule(), words.text), [
            ExpectedDiagnostic("cross-check.school-count", .warning, at: "1️⃣"),
        ], in: words)
        let wrapped = MarkedText(Self.experience("Conformada por los directores de\n**1️⃣doce**\nliceos.", names: 11))
        expectDiagnostics(BodyFixtures.run(SchoolCountRule(), wrapped.text), [
            ExpectedDiagnostic("cross-check.school-count", .warning, at: "1️⃣"),
        ], in: wrapped)
        // 13 directors are people, not schools: 10 + 3 = 13.
        let sum = Self.experience("Conformada por 13 directores y 13 jefes técnicos de las 10 escuelas básicas y 3 liceos.", names: 13)
        #expect(BodyFixtures.run(SchoolCountRule(), sum).isEmpty)
        let dieciseis = Self.experience("Conformada por dieciséis establecimientos.", names: 16)
        #expect(BodyFixtures.run(SchoolCountRule(), dieciseis).isEmpty)
    }

    @Test("a school named apart after the count adds one; without a number nothing is checked")
    func namedApart() throws {
        // O'Higgins: "7 escuelas" and "del Liceo municipal Latinoamericano", 8 names.
        let ohiggins = Self.experience("Directores de 7 escuelas de dependencia municipal: A, B, C, D, E, F, G y del Liceo municipal Latinoamericano.", names: 8)
        #expect(BodyFixtures.run(SchoolCountRule(), ohiggins).isEmpty)
        // Magallanes: "18 escuelas … y un establecimiento particular subvencionado, el Colegio María Auxiliadora", 19 names.
        let magallanes = Self.experience("Directores de 18 escuelas de dependencia municipal: Dieciocho de Septiembre, … y un establecimiento particular subvencionado, el Colegio María Auxiliadora.", names: 19)
        #expect(BodyFixtures.run(SchoolCountRule(), magallanes).isEmpty)
        // "y de la Escuela" counts too, and the message says so when the total still differs.
        let marked = MarkedText(Self.experience("Directores de 1️⃣2 liceos: A, B y de la Escuela Central.", names: 4))
        let diagnostics = BodyFixtures.run(SchoolCountRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("cross-check.school-count", .warning, at: "1️⃣")], in: marked)
        #expect(try #require(diagnostics.first).message.es.hasPrefix("La conformación dice 3 establecimientos («2 liceos» más 1 nombrado aparte)"))
        // Aysén: "de la escuela … y del Liceo Rural Cerro Castillo": no number, no check.
        let aysen = Self.experience("Directores de la escuela de dependencia municipal: Aonikenk y del Liceo Rural Cerro Castillo.", names: 5)
        #expect(BodyFixtures.run(SchoolCountRule(), aysen).isEmpty)
    }

    @Test("other sections are not read, and a front matter without the list is left to the front-matter rules")
    func scope() {
        let elsewhere = BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\nLlegar a 40 escuelas.\n",
        ]))
        #expect(BodyFixtures.run(SchoolCountRule(), elsewhere).isEmpty)
        let noList = BodyFixtures.experience(
            BodyFixtures.body(), frontMatter: BodyFixtures.frontMatter.replacingOccurrences(of: "establecimientos: [Escuela Uno, Escuela Dos]\n", with: "")
        )
        #expect(BodyFixtures.run(SchoolCountRule(), noList).isEmpty)
    }
}
