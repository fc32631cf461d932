import Content
import Markup
import Validation

/// Small editions built in code, for what the real content does not exercise (hostile values, A4, empty parts).
enum FixtureEdition {
    /// A region of the built-in schema, by name ("Tarapacá").
    static func region(_ name: String) -> Region {
        Schema.builtIn.region(matching: name)!.region
    }

    /// An experience whose body is the given Markdown, split at its `##` headings.
    static func experience(
        slug: String = "tarapaca", region: Region = region("Tarapacá"), provincia: String = "Iquique",
        red: String = "Red de prueba", markdown: String = defaultBody
    ) -> Experience {
        Experience(
            sourcePath: "experiencias/\(slug).md", slug: slug, region: region, provincia: provincia, red: red,
            desde: 2015, dependencia: ["municipal"], niveles: ["básica"], localizacion: nil, comunas: [],
            integrantes: ["directores"], establecimientos: ["Escuela Uno"], enfasis: [],
            sections: sections(of: Markup.parse(markdown))
        )
    }

    /// The contract's section ids by the headings the fixtures use.
    static let sectionIDs: [String: String] = [
        "Conformación": "conformacion", "Principios y necesidades": "necesidades", "Objetivo": "objetivo",
        "Para movilizar el objetivo": "practicas", "Trabajo colaborativo": "colaboracion",
        "Idea fuerza": "idea_fuerza", "Aprendizajes y logros": "aprendizajes", "Proyección y desafíos": "proyeccion",
    ]

    /// A fixture body split at its level-2 headings (fixtures are not checked, so no schema matching is needed).
    static func sections(of body: MarkupTree) -> [ExperienceSection] {
        var sections: [ExperienceSection] = []
        var current: (id: String, heading: String, blocks: [MarkupNode])?
        for block in body.root.children {
            if block.kind == .heading, block.headingLevel == 2 {
                if let current { sections.append(ExperienceSection(id: current.id, heading: current.heading, blocks: current.blocks)) }
                current = (sectionIDs[block.plainText] ?? block.plainText, block.plainText, [])
            } else {
                current?.blocks.append(block)
            }
        }
        if let current { sections.append(ExperienceSection(id: current.id, heading: current.heading, blocks: current.blocks)) }
        return sections
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
