import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("cross-check.since-year")
struct CrossCheckSinceYearTests {
    static func experience(_ conformacion: String) -> String {
        BodyFixtures.experience(BodyFixtures.body(["conformacion": "## Conformación\n\n\(conformacion)\n"]))
    }

    @Test("a year that differs from desde is a warning at the year, naming both")
    func mismatch() throws {
        let marked = MarkedText(Self.experience("La red de 2 escuelas funciona desde 1️⃣2014."))
        let diagnostics = BodyFixtures.run(SinceYearRule(), marked.text)
        expectDiagnostics(diagnostics, [ExpectedDiagnostic("cross-check.since-year", .warning, at: "1️⃣")], in: marked)
        #expect(diagnostics.first?.message.es == "El texto dice que la red funciona desde 2014, pero 'desde' (línea 5) dice 2015.")
        let withArticle = MarkedText(Self.experience("Esta red funciona desde el año\n1️⃣2016 y crece."))
        expectDiagnostics(BodyFixtures.run(SinceYearRule(), withArticle.text), [
            ExpectedDiagnostic("cross-check.since-year", .warning, at: "1️⃣"),
        ], in: withArticle)
    }

    @Test("the same year in any of its phrasings passes; other years and sections are not read")
    func agreeing() {
        for text in ["Funciona desde 2015.", "funciona desde el 2015", "Funcionan desde el año 2015.", "Funciona desde 2015 y en 2016 se incorpora un liceo."] {
            #expect(BodyFixtures.run(SinceYearRule(), Self.experience(text)).isEmpty, "\(text)")
        }
        #expect(BodyFixtures.run(SinceYearRule(), Self.experience("En 2014 nace la idea; la red funciona desde hace años.")).isEmpty)
        let elsewhere = BodyFixtures.experience(BodyFixtures.body(["objetivo": "## Objetivo\n\nLa escuela funciona desde 1950.\n"]))
        #expect(BodyFixtures.run(SinceYearRule(), elsewhere).isEmpty)
    }

    @Test("a desde that is not a plain year is left to the front-matter rules")
    func notAYear() {
        for value in ["\"2014\"", "dos mil quince", "[2014]"] {
            let frontMatter = BodyFixtures.frontMatter.replacingOccurrences(of: "desde: 2015", with: "desde: \(value)")
            let text = BodyFixtures.experience(BodyFixtures.body(["conformacion": "## Conformación\n\nFunciona desde 2013.\n"]), frontMatter: frontMatter)
            #expect(BodyFixtures.run(SinceYearRule(), text).isEmpty, "\(value)")
        }
    }
}
