import Content
import Foundation
import Markup
import TestSupport

/// The real `Content/2015-2017` edition loaded with Content's loader and a small local mapping.
///
/// The tests build their `Edition` here rather than through the checker, so a
/// rendering failure points at rendering.
enum RealEdition {
    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    static var folder: URL { Repository.content.appendingPathComponent("2015-2017") }

    /// The whole edition: `edition.yaml`, front pages and the fifteen experiences.
    static func load() throws -> Edition {
        let root = folder
        let info = try editionInfo(at: root.appendingPathComponent("edition.yaml"))
        let pages = try markdownFiles(in: root.appendingPathComponent("paginas")).map(frontPage(at:))
        let experiences = try markdownFiles(in: root.appendingPathComponent("experiencias")).map(experience(at:))
        return Edition(id: "2015-2017", info: info, pages: pages, experiences: experiences)
    }

    /// One experience file of the edition, by slug ("tarapaca").
    static func experience(_ slug: String) throws -> Experience {
        try experience(at: folder.appendingPathComponent("experiencias/\(slug).md"))
    }

    static func markdownFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// A file's front matter root and body tree.
    static func document(at url: URL) throws -> (yaml: YAMLNode, body: MarkupTree) {
        guard let file = InputFile.read(path: url.path) else { throw LoadError(description: "unreadable \(url.path)") }
        let document = LoadedDocument.load(file)
        guard let yaml = document.yaml?.root, let body = document.body else {
            throw LoadError(description: "no front matter or body in \(url.path)")
        }
        return (yaml, body)
    }

    static func experience(at url: URL) throws -> Experience {
        let (yaml, body) = try document(at: url)
        let regionName = try text(yaml, "region")
        guard let region = TestRegions.named(regionName) else { throw LoadError(description: "region \(regionName)") }
        return Experience(
            sourcePath: url.path, slug: url.deletingPathExtension().lastPathComponent, region: region,
            provincia: try text(yaml, "provincia"), red: try text(yaml, "red"),
            desde: Int(try text(yaml, "desde")) ?? 0,
            dependencia: list(yaml, "dependencia"), niveles: list(yaml, "niveles"),
            localizacion: yaml["localizacion"]?.scalar, comunas: list(yaml, "comunas"),
            integrantes: list(yaml, "integrantes"), establecimientos: list(yaml, "establecimientos"),
            enfasis: list(yaml, "enfasis"), sections: sections(of: body)
        )
    }

    static func frontPage(at url: URL) throws -> FrontPage {
        let (yaml, body) = try document(at: url)
        var slug = url.deletingPathExtension().lastPathComponent
        if let dash = slug.firstIndex(of: "-"), slug[..<dash].allSatisfy(\.isNumber) {
            slug = String(slug[slug.index(after: dash)...])
        }
        return FrontPage(slug: slug, title: try text(yaml, "titulo"), body: body)
    }

    /// The contract's section ids by the headings the 2015-2017 files use.
    static let sectionIDs: [String: String] = [
        "Conformación": "conformacion", "Principios y necesidades": "necesidades", "Objetivo": "objetivo",
        "Para movilizar el objetivo": "practicas", "Trabajo colaborativo": "colaboracion",
        "Idea fuerza": "idea_fuerza", "Aprendizajes y logros": "aprendizajes", "Proyección y desafíos": "proyeccion",
    ]

    /// The body split at its level-2 headings.
    static func sections(of body: MarkupTree) -> [ExperienceSection] {
        var sections: [ExperienceSection] = []
        var current: (id: String, heading: String, blocks: [MarkupNode])?
        for block in body.root.children {
            if block.kind == .heading, block.headingLevel == 2 {
                if let current { sections.append(ExperienceSection(id: current.id, heading: current.heading, blocks: current.blocks)) }
                let heading = block.plainText
                current = (sectionIDs[heading] ?? heading, heading, [])
            } else {
                current?.blocks.append(block)
            }
        }
        if let current { sections.append(ExperienceSection(id: current.id, heading: current.heading, blocks: current.blocks)) }
        return sections
    }

    /// `edition.yaml` read through the front-matter loader (wrapped in `---` lines) and mapped by hand.
    static func editionInfo(at url: URL) throws -> EditionInfo {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw LoadError(description: "no edition.yaml") }
        let wrapped = Array("---\n".utf8) + Array(data) + Array("\n---\n".utf8)
        guard let yaml = LoadedDocument.load(InputFile(path: url.path, bytes: wrapped)).yaml?.root else {
            throw LoadError(description: "edition.yaml unreadable")
        }
        let publication = yaml["publicacion"]
        let editor = yaml["editor"]
        let credits = yaml["creditos"]
        let margins = yaml["pagina"]?["margenes"]
        var setup = PageSetup()
        if yaml["pagina"]?["tamano"]?.scalar == "a4" { setup.size = .a4 }
        if let value = margins?["superior"]?.scalar { setup.marginTop = value }
        if let value = margins?["inferior"]?.scalar { setup.marginBottom = value }
        if let value = margins?["interior"]?.scalar { setup.marginInner = value }
        if let value = margins?["exterior"]?.scalar { setup.marginOuter = value }
        return EditionInfo(
            titulo: try text(yaml, "titulo"), periodo: try text(yaml, "periodo"),
            publicacionMes: publication?["mes"]?.scalar ?? "", publicacionAnio: Int(publication?["anio"]?.scalar ?? "") ?? 0,
            descripcion: yaml["descripcion"]?.scalar, isbn: yaml["isbn"]?.scalar,
            registroPropiedadIntelectual: yaml["registro_propiedad_intelectual"]?.scalar,
            editor: .init(
                nombre: editor?["nombre"]?.scalar ?? "", institucion: editor?["institucion"]?.scalar ?? "",
                direccion: editor?["direccion"]?.scalar, sitio: editor?["sitio"]?.scalar),
            coordinacionNacional: credits.map { list($0, "coordinacion_nacional") } ?? [],
            comiteEditorial: credits.map { list($0, "comite_editorial") } ?? [],
            diseno: credits?["diseno"]?.scalar, agradecimientos: yaml["agradecimientos"]?.scalar,
            redesPorAnio: yaml["redes_por_anio"].map { node in
                .init(titulo: node["titulo"]?.scalar ?? "", valores: (node["valores"]?.sequence ?? []).map {
                    (anio: Int($0["anio"]?.scalar ?? "") ?? 0, redes: Int($0["redes"]?.scalar ?? "") ?? 0)
                })
            },
            actores: yaml["actores"].map { .init(titulo: $0["titulo"]?.scalar ?? "", lista: list($0, "lista"), contexto: $0["contexto"]?.scalar) },
            principios: yaml["principios"].map { node in
                .init(titulo: node["titulo"]?.scalar ?? "", lista: (node["lista"]?.sequence ?? []).map {
                    (nombre: $0["nombre"]?.scalar ?? "", texto: $0["texto"]?.scalar ?? "")
                })
            },
            pagina: setup
        )
    }

    static func text(_ node: YAMLNode, _ key: String) throws -> String {
        guard let value = node[key]?.scalar else { throw LoadError(description: "missing \(key)") }
        return value
    }

    static func list(_ node: YAMLNode, _ key: String) -> [String] {
        (node[key]?.sequence ?? []).compactMap(\.scalar)
    }
}
