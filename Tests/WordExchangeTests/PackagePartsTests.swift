import Testing
@testable import WordExchange

/// Reading the few XML parts the importer looks at itself.
@Suite("Package parts")
struct PackagePartsTests {
    @Test("elements are found by exact name, self-closing ones and look-alikes skipped, at any position")
    func elements() {
        #expect(PackageContents.elements("w:t", in: "<w:t>uno</w:t><w:tab/><w:tbl><w:t xml:space=\"preserve\"> dos</w:t></w:tbl>") == ["uno", " dos"])
        // The opening tag's `>` right after the name, at the start of what is left (once a crash).
        #expect(PackageContents.elements("w:t", in: "<w:t>x</w:t>") == ["x"])
        #expect(PackageContents.elements("w:t", in: "<w:t/><w:t>y</w:t>") == ["y"])
        #expect(PackageContents.elements("w:t", in: "<w:t>sin cierre") == [])
        #expect(PackageContents.elements("w:t", in: "<w:t") == [])
        #expect(PackageContents.visibleText("<a><b>uno</b> <c/>dos</a>") == "uno dos")
    }

    @Test("answers lose what Word wraps them in; guides stay whole; lists split on one line only")
    func values() {
        #expect(FieldValues.cleaned("  “Iquique”. ") == "Iquique")
        #expect(FieldValues.cleaned("«\u{00A0}Iquique\u{00A0}»") == "Iquique")
        #expect(FieldValues.cleaned("«Escriba aquí algo.»") == "«Escriba aquí algo.»")
        #expect(FieldValues.items(["directores, jefes técnicos; sostenedores"], allowed: nil) == ["directores", "jefes técnicos", "sostenedores"])
        #expect(FieldValues.items(["Escuela A, sede B", "Liceo C"], allowed: nil) == ["Escuela A, sede B", "Liceo C"])
        #expect(FieldValues.items(["«Escriba aquí uno, otro»"], allowed: nil) == ["«Escriba aquí uno, otro»"])
    }

    @Test("a paragraph's start is escaped where CommonMark would read a list, a rule or a heading underline")
    func lineStarts() {
        #expect(ExperienceImporter.guardingLineStart("- no") == "\\- no")
        #expect(ExperienceImporter.guardingLineStart("===") == "\\===")
        #expect(ExperienceImporter.guardingLineStart("2015) año") == "2015\\) año")
        #expect(ExperienceImporter.guardingLineStart("2015 fue") == "2015 fue")
        #expect(ManualBullet.starts("• uno") && ManualBullet.starts("- dos") && !ManualBullet.starts("-dos") && !ManualBullet.starts("•"))
        #expect(ManualBullet.removing(from: "\\* tres") == "tres")
    }
}
