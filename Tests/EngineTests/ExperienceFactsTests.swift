import Content
@testable import Engine
import Testing

/// The facts the edition's home and the summary are keyed by: every property of an experience but its text.
struct ExperienceFactsTests {
    /// An experience of Tarapacá with one section, its network named `red` and its section's text `text`.
    static func experience(red: String = "Red de Iquique", text: String = "La red se formó en 2015.") -> Experience {
        Experience(
            sourcePath: "Content/2015-2017/experiencias/tarapaca.md", slug: "tarapaca",
            region: Region(name: "Tarapacá", slug: "tarapaca", order: 2, titleForm: "de Tarapacá"), provincia: "Iquique",
            red: red, desde: 2015, dependencia: ["municipal"], niveles: ["básica"], localizacion: "urbana", comunas: ["Iquique"],
            integrantes: ["directores"], establecimientos: ["Escuela A", "Escuela B"], enfasis: ["liderazgo"],
            sections: [ExperienceSection(id: "objetivo", heading: "Objetivo", html: "<p>\(text)</p>", listItemsHTML: [], plainText: text)])
    }

    @Test("the digest reads every stored property of Experience except its sections")
    func coversEveryProperty() {
        let stored = Mirror(reflecting: Self.experience()).children.compactMap(\.label).filter { $0 != "sections" }
        #expect(stored == ExperienceFacts.properties)
    }

    @Test("a changed network name changes the digest; a changed text does not")
    func factsNotText() {
        let original = ExperienceFacts.digest(Self.experience())
        #expect(ExperienceFacts.digest(Self.experience()) == original)
        #expect(ExperienceFacts.digest(Self.experience(text: "Otro texto.")) == original)
        #expect(ExperienceFacts.digest(Self.experience(red: "Red de Alto Hospicio")) != original)
    }
}
