import Content
import Markup

/// Small editions built in code, for what the real content does not exercise (hostile values, A4, empty parts).
enum FixtureEdition {
    /// An experience whose body is the given Markdown, split at its `##` headings like the real files.
    static func experience(
        slug: String = "tarapaca", region: Region = TestRegions.all[1], provincia: String = "Iquique",
        red: String = "Red de prueba", markdown: String = defaultBody
    ) -> Experience {
        Experience(
            sourcePath: "experiencias/\(slug).md", slug: slug, region: region, provincia: provincia, red: red,
            desde: 2015, dependencia: ["municipal"], niveles: ["básica"], localizacion: nil, comunas: [],
            integrantes: ["directores"], establecimientos: ["Escuela Uno"], enfasis: [],
            sections: RealEdition.sections(of: Markup.parse(markdown))
        )
    }

    /// A body with every section of the contract, short.
    static let defaultBody = """
        ## Conformación

        La red está conformada por los directores de 1 escuela.

        ## Principios y necesidades

        Necesidad de prueba.

        ## Objetivo

        Objetivo de prueba.

        ## Para movilizar el objetivo

        - Práctica uno.
        - Práctica dos.

        ## Trabajo colaborativo

        - Colaboran.

        ## Idea fuerza

        Idea de prueba.

        ## Aprendizajes y logros

        - Aprendizaje uno.

        ## Proyección y desafíos

        - Desafío uno.
        """

    /// Edition settings with only the required values.
    static func info(pagina: PageSetup = PageSetup()) -> EditionInfo {
        EditionInfo(
            titulo: "Edición de prueba", periodo: "2020", publicacionMes: "enero", publicacionAnio: 2021,
            descripcion: nil, isbn: nil, registroPropiedadIntelectual: nil,
            editor: .init(nombre: "División", institucion: "Ministerio", direccion: nil, sitio: nil),
            coordinacionNacional: [], comiteEditorial: [], diseno: nil, agradecimientos: nil,
            redesPorAnio: nil, actores: nil, principios: nil, pagina: pagina
        )
    }

    /// An edition of the given experiences and no front pages.
    static func edition(_ experiences: [Experience], info: EditionInfo = info()) -> Edition {
        Edition(id: "prueba", info: info, pages: [], experiences: experiences)
    }
}
