import Content
import Foundation
import Markup
import TestSupport

/// The real 2015-2017 edition read straight from its files' front matter, for the summary tests.
///
/// The Validation decoders (`ExperienceDecoder`, `EditionInfoDecoder`) do not build
/// values yet, and RenderingTests does not depend on Validation; so this helper reads
/// each file with `LoadedDocument.load` and takes the keys as written. The real files
/// already use canonical values (but for the apostrophe of `region: O'Higgins`, which the
/// checker ignores when it matches a region), so what it builds is what the checker will build.
/// It reads only what the summary uses, and unlike the booklet suites' lenient loader
/// (Support/RealEdition.swift) a missing or malformed key throws, naming key and file,
/// so a figure is never computed from a silently empty list.
enum FrontMatterEdition {
    static let folder = Repository.content.appendingPathComponent("2015-2017")

    /// The edition: `edition.yaml`'s title and networks per year, and the 15 experiences in region order.
    static func edition() throws -> Edition {
        Edition(id: "2015-2017", info: try info(), pages: [], experiences: try experiences())
    }

    /// The 15 experiences, built from their front matter and body sections.
    static func experiences() throws -> [Experience] {
        let directory = folder.appendingPathComponent("experiencias")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { try experience(at: directory.appendingPathComponent($0).path) }
    }

    /// What the summary reads of `edition.yaml`: the title and `redes_por_anio`.
    static func info() throws -> EditionInfo {
        let path = folder.appendingPathComponent("edition.yaml").path
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        // edition.yaml has no fences; wrapped in them it goes through the same loader as front matter.
        let root = try frontMatter(of: InputFile(path: path, bytes: Array("---\n\(yaml)\n---\n".utf8)))
        let yearly = try require(root["redes_por_anio"], "redes_por_anio", path)
        let values = try (yearly["valores"]?.sequence ?? []).map { item -> (anio: Int, redes: Int) in
            (try integer(item["anio"], "anio", path), try integer(item["redes"], "redes", path))
        }
        return EditionInfo(
            titulo: try text(root["titulo"], "titulo", path), periodo: try text(root["periodo"], "periodo", path),
            publicacionMes: "marzo", publicacionAnio: 2018, descripcion: nil, isbn: nil, registroPropiedadIntelectual: nil,
            editor: EditionInfo.Publisher(nombre: "", institucion: "", direccion: nil, sitio: nil),
            coordinacionNacional: [], comiteEditorial: [], diseno: nil, agradecimientos: nil,
            redesPorAnio: EditionInfo.YearlyNetworks(titulo: try text(yearly["titulo"], "titulo", path), valores: values),
            actores: nil, principios: nil, pagina: PageSetup()
        )
    }

    /// One experience file as the validated model.
    static func experience(at path: String) throws -> Experience {
        let file = try require(InputFile.read(path: path), "file", path)
        let document = LoadedDocument.load(file)
        let root = try frontMatter(of: file)
        let regionName = try text(root["region"], "region", path)
        let region = try require(regions.first { Self.sameName($0.name, regionName) }, "region \(regionName)", path)
        return Experience(
            sourcePath: path,
            slug: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
            region: region,
            provincia: try text(root["provincia"], "provincia", path),
            red: try text(root["red"], "red", path),
            desde: try integer(root["desde"], "desde", path),
            dependencia: try list(root["dependencia"], "dependencia", path),
            niveles: try list(root["niveles"], "niveles", path),
            localizacion: root["localizacion"]?.scalar,
            comunas: root["comunas"] == nil ? [] : try list(root["comunas"], "comunas", path),
            integrantes: try list(root["integrantes"], "integrantes", path),
            establecimientos: try list(root["establecimientos"], "establecimientos", path),
            enfasis: root["enfasis"] == nil ? [] : try list(root["enfasis"], "enfasis", path),
            sections: sections(of: try require(document.body, "body", path))
        )
    }

    /// Whether two region names are the same but for the apostrophe's character («O'Higgins», «O’Higgins»).
    static func sameName(_ a: String, _ b: String) -> Bool {
        let unified = { (name: String) in name.replacingOccurrences(of: "’", with: "'") }
        return unified(a) == unified(b)
    }

    /// The regions of the booklet, north to south, as the schema's catalogue names them (Ñuble postdates this edition).
    static let regions: [Region] = [
        ("Arica y Parinacota", "arica-y-parinacota", "de Arica y Parinacota"), ("Tarapacá", "tarapaca", "de Tarapacá"),
        ("Antofagasta", "antofagasta", "de Antofagasta"), ("Atacama", "atacama", "de Atacama"),
        ("Coquimbo", "coquimbo", "de Coquimbo"), ("Valparaíso", "valparaiso", "de Valparaíso"),
        ("Metropolitana", "metropolitana", "de la Región Metropolitana"), ("O’Higgins", "ohiggins", "de O’Higgins"),
        ("Maule", "maule", "del Maule"), ("Ñuble", "nuble", "de Ñuble"), ("Biobío", "biobio", "del Biobío"),
        ("La Araucanía", "araucania", "de La Araucanía"), ("Los Ríos", "los-rios", "de Los Ríos"),
        ("Los Lagos", "los-lagos", "de Los Lagos"), ("Aysén", "aysen", "de Aysén"), ("Magallanes", "magallanes", "de Magallanes"),
    ].enumerated().map { Region(name: $1.0, slug: $1.1, order: $0 + 1, titleForm: $1.2) }

    /// The body cut at its level-2 headings, each named by the contract's section id.
    static func sections(of tree: MarkupTree) -> [ExperienceSection] {
        var sections: [ExperienceSection] = []
        var heading: String?
        var blocks: [MarkupNode] = []
        func flush() {
            if let heading, let id = sectionIDs[heading.lowercased()] {
                sections.append(ExperienceSection(id: id, heading: heading, blocks: blocks))
            }
        }
        for node in tree.root.children {
            if node.kind == .heading, node.headingLevel == 2 {
                flush()
                heading = node.plainText
                blocks = []
            } else {
                blocks.append(node)
            }
        }
        flush()
        return sections
    }

    /// The contract's headings (as the real files write them) to section ids.
    static let sectionIDs = [
        "conformación": "conformacion", "principios y necesidades": "necesidades", "objetivo": "objetivo",
        "para movilizar el objetivo": "practicas", "trabajo colaborativo": "colaboracion", "idea fuerza": "idea_fuerza",
        "aprendizajes y logros": "aprendizajes", "proyección y desafíos": "proyeccion",
    ]

    // MARK: Reading YAML nodes, failing with the key and file named

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static func frontMatter(of file: InputFile) throws -> YAMLNode {
        try require(LoadedDocument.load(file).yaml?.root, "front matter", file.path)
    }

    static func require<T>(_ value: T?, _ what: String, _ path: String) throws -> T {
        guard let value else { throw Missing(description: "\(path): \(what) is missing or malformed") }
        return value
    }

    static func text(_ node: YAMLNode?, _ key: String, _ path: String) throws -> String {
        try require(node?.scalar, key, path)
    }

    static func integer(_ node: YAMLNode?, _ key: String, _ path: String) throws -> Int {
        try require(node?.scalar.flatMap { Int($0) }, key, path)
    }

    static func list(_ node: YAMLNode?, _ key: String, _ path: String) throws -> [String] {
        let items = try require(node?.sequence, key, path)
        return try items.map { try require($0.scalar, key, path) }
    }
}

/// Experiences made in code for fixture editions: only what a test sets differs from a plain network.
enum FixtureExperience {
    static func make(
        _ slug: String, region: Region, provincia: String = "Provincia", red: String? = nil, desde: Int = 2015,
        dependencia: [String] = ["municipal"], niveles: [String] = ["básica"], localizacion: String? = nil,
        comunas: [String] = [], integrantes: [String] = ["directores"], schools: Int = 3, enfasis: [String] = [],
        ideaFuerza: String? = nil
    ) -> Experience {
        let sections = ideaFuerza.map { text in
            [ExperienceSection(id: "idea_fuerza", heading: "Idea fuerza", blocks: Markup.parse(text).root.children)]
        } ?? []
        return Experience(
            sourcePath: "fixture/\(slug).md", slug: slug, region: region, provincia: provincia, red: red ?? "Red \(slug)",
            desde: desde, dependencia: dependencia, niveles: niveles, localizacion: localizacion, comunas: comunas,
            integrantes: integrantes, establecimientos: (1...max(1, schools)).map { "Escuela \(slug) \($0)" },
            enfasis: enfasis, sections: sections
        )
    }

    /// An edition of fixture experiences (sorted into region order by `Edition`).
    static func edition(_ experiences: [Experience], redesPorAnio: [(anio: Int, redes: Int)]? = nil) -> Edition {
        let info = EditionInfo(
            titulo: "Edición de prueba", periodo: "2020", publicacionMes: "marzo", publicacionAnio: 2021, descripcion: nil,
            isbn: nil, registroPropiedadIntelectual: nil,
            editor: EditionInfo.Publisher(nombre: "", institucion: "", direccion: nil, sitio: nil),
            coordinacionNacional: [], comiteEditorial: [], diseno: nil, agradecimientos: nil,
            redesPorAnio: redesPorAnio.map { EditionInfo.YearlyNetworks(titulo: "Redes por año:", valores: $0) },
            actores: nil, principios: nil, pagina: PageSetup()
        )
        return Edition(id: "prueba", info: info, pages: [], experiences: experiences)
    }

    static func region(_ name: String) -> Region {
        FrontMatterEdition.regions.first { $0.name == name }!
    }
}
