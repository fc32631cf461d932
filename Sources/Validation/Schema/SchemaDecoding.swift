import Content
import Diagnostics

/// Turns the composed `schema.yaml` tree into a `Schema`, reporting every problem of the file with its line.
struct SchemaDecoding {
    private var reader: YAMLReader

    init(file: String) {
        reader = YAMLReader(file: file, codePrefix: "schema")
    }

    /// The problems found so far.
    var diagnostics: [Diagnostic] { reader.diagnostics }

    /// Reads the whole tree; `nil` when anything required is missing or malformed.
    mutating func decode(_ root: YAMLNode) -> Schema? {
        guard reader.mapping(root, named: "schema.yaml") != nil else { return nil }
        reader.checkKeys(of: root, known: ["version", "archivo", "edicion", "regiones", "campos", "paginas", "secciones"], path: "")
        if let version = reader.integer("version", in: root, path: "", required: true), version != 1 {
            reader.report("unsupported-version", at: root["version"]?.range,
                          es: "Esta versión de rme lee la versión 1 del esquema, no la \(version).",
                          en: "This version of rme reads schema version 1, not \(version).")
        }
        let (maxFileBytes, unbreakableRun) = file(root)
        let onePerRegion = edition(root)
        let regions = regionList(root)
        let fields = fieldList(root["campos"], named: "campos", required: true)
        let pageFields = pages(root)
        let sections = sectionList(root)
        guard let maxFileBytes, let onePerRegion, let regions, let fields, let pageFields, let sections,
              !reader.diagnostics.containsErrors else { return nil }
        return Schema(
            regions: regions, fields: fields, sections: sections, maxFileBytes: maxFileBytes,
            onePerRegion: onePerRegion, pageFields: pageFields,
            unbreakableRun: unbreakableRun ?? Schema.defaultUnbreakableRun
        )
    }

    /// `archivo`: the size limit (required) and the run limit (`caracteres_seguidos`, optional: the default applies).
    private mutating func file(_ root: YAMLNode) -> (maxBytes: Int?, unbreakableRun: Limit?) {
        guard let node = reader.value("archivo", in: root, path: "", required: true),
              reader.mapping(node, named: "archivo") != nil else { return (nil, nil) }
        reader.checkKeys(of: node, known: ["max_bytes", "caracteres_seguidos"], path: "archivo")
        var runRead = true
        let run = limit(node["caracteres_seguidos"], named: "caracteres_seguidos", read: &runRead)
        if let run, [run.warning, run.error].contains(where: { ($0 ?? 40) < 40 }) {
            reader.report("invalid-value", at: node["caracteres_seguidos"]?.range,
                          es: "«archivo.caracteres_seguidos» baja de 40: palabras comunes del castellano («interdisciplinariamente», «enseñanza-aprendizaje») lo alcanzarían.",
                          en: "`archivo.caracteres_seguidos` goes below 40: common Spanish words would reach it.")
        }
        guard let bytes = reader.integer("max_bytes", in: node, path: "archivo", required: true) else { return (nil, run) }
        guard bytes >= 1024 else {
            reader.report("invalid-value", at: node["max_bytes"]?.range,
                          es: "«archivo.max_bytes» es \(bytes): ningún archivo de experiencia cabe en menos de 1024 bytes.",
                          en: "`archivo.max_bytes` is \(bytes): no experience file fits in under 1024 bytes.")
            return (nil, run)
        }
        return (bytes, run)
    }

    private mutating func edition(_ root: YAMLNode) -> Bool? {
        guard let node = reader.value("edicion", in: root, path: "", required: true),
              reader.mapping(node, named: "edicion") != nil else { return nil }
        reader.checkKeys(of: node, known: ["una_por_region"], path: "edicion")
        return reader.boolean("una_por_region", in: node, path: "edicion", required: true)
    }

    private mutating func regionList(_ root: YAMLNode) -> [RegionSpec]? {
        guard let node = reader.value("regiones", in: root, path: "", required: true),
              let items = reader.sequence(node, named: "regiones") else { return nil }
        var regions: [RegionSpec] = []
        var seen: [String: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            guard reader.mapping(item, named: "regiones") != nil else { continue }
            reader.checkKeys(of: item, known: ["nombre", "slug", "titulo", "acepta"], path: "regiones")
            let name = reader.text("nombre", in: item, path: "regiones", required: true)
            let slug = reader.text("slug", in: item, path: "regiones", required: true)
            let title = reader.text("titulo", in: item, path: "regiones", required: true)
            let accepted = reader.textList("acepta", in: item, path: "regiones", required: false)
            if let slug, !slug.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
                reader.report("invalid-value", at: item["slug"]?.range,
                              es: "El slug «\(slug)» debe tener solo minúsculas sin tilde, cifras y guiones: nombra archivos y páginas.",
                              en: "Slug `\(slug)` must hold only unaccented lowercase letters, digits and hyphens: it names files and pages.")
            }
            guard let name, let slug, let title, let accepted else { continue }
            for form in [name, slug] + accepted {
                let key = TextKey.compact(form)
                let place = item.location
                if let first = seen[key], first != place {
                    reader.report("ambiguous-spelling", at: item.range,
                                  es: "La grafía «\(form)» ya nombra otra región (línea \(first.line)).",
                                  en: "Spelling `\(form)` already names another region (line \(first.line)).")
                }
                seen[key] = seen[key] ?? place
            }
            let region = Region(name: name, slug: slug, order: index + 1, titleForm: title)
            regions.append(RegionSpec(region: region, accepted: accepted))
        }
        if regions.isEmpty && !items.isEmpty { return nil }
        if items.isEmpty {
            reader.report("empty-value", at: node.range, es: "«regiones» no tiene ninguna región.", en: "`regiones` lists no region.")
            return nil
        }
        return regions
    }

    private mutating func pages(_ root: YAMLNode) -> [FieldSpec]? {
        guard let node = reader.value("paginas", in: root, path: "", required: true),
              reader.mapping(node, named: "paginas") != nil else { return nil }
        reader.checkKeys(of: node, known: ["campos"], path: "paginas")
        return fieldList(node["campos"], named: "paginas.campos", required: true, in: node)
    }

    /// The field specs of a `campos` list.
    private mutating func fieldList(_ node: YAMLNode?, named name: String, required: Bool, in parent: YAMLNode? = nil) -> [FieldSpec]? {
        guard let node, !node.isNull else {
            if required {
                reader.report("missing-key", at: parent?.range,
                              es: "Falta «\(name)» (obligatorio).", en: "`\(name)` is missing (required).")
            }
            return nil
        }
        guard let items = reader.sequence(node, named: name) else { return nil }
        var fields: [FieldSpec] = []
        var seen: [String: Int] = [:]
        var complete = true
        for item in items {
            guard let field = fieldSpec(item, list: name) else { complete = false; continue }
            if let first = seen[field.name] {
                reader.report("duplicate", at: item["clave"]?.range,
                              es: "La clave «\(field.name)» ya está definida en la línea \(first).",
                              en: "Key `\(field.name)` is already defined on line \(first).")
                complete = false
            }
            seen[field.name] = item.location.line
            fields.append(field)
        }
        return complete ? fields : nil
    }

    private mutating func fieldSpec(_ item: YAMLNode, list: String) -> FieldSpec? {
        guard reader.mapping(item, named: list) != nil else { return nil }
        reader.checkKeys(
            of: item,
            known: ["clave", "tipo", "requerido", "min_items", "max_items", "max_caracteres", "anio_minimo", "valores", "ejemplos", "guia", "etiqueta"],
            path: list)
        let name = reader.text("clave", in: item, path: list, required: true)
        let typeName = reader.text("tipo", in: item, path: list, required: true)
        let required = reader.boolean("requerido", in: item, path: list, required: true)
        let guide = reader.text("guia", in: item, path: list, required: true)
        let minItems = item["min_items"] == nil ? nil : reader.integer("min_items", in: item, path: list, required: false)
        let maxItems = item["max_items"] == nil ? nil : reader.integer("max_items", in: item, path: list, required: false)
        let maxCharacters = item["max_caracteres"] == nil ? nil : reader.integer("max_caracteres", in: item, path: list, required: false)
        let minYear = item["anio_minimo"] == nil ? nil : reader.integer("anio_minimo", in: item, path: list, required: false)
        let examples = reader.textList("ejemplos", in: item, path: list, required: false)
        let label = item["etiqueta"] == nil ? nil : reader.text("etiqueta", in: item, path: list, required: false)
        let values = item["valores"].flatMap { enumValues($0, list: list) }

        guard let name, let typeName, let required, let guide, let examples else { return nil }
        let type: FieldType
        switch typeName {
        case "texto": type = .text
        case "anio": type = .year
        case "region": type = .region
        case "lista_texto": type = .textList
        case "opcion", "lista_opcion":
            guard let values else {
                reader.report("missing-key", at: item.range,
                              es: "La clave «\(name)» es de tipo «\(typeName)» y necesita «valores».",
                              en: "Key `\(name)` has type `\(typeName)` and needs `valores`.")
                return nil
            }
            type = typeName == "opcion" ? .choice(values) : .choiceList(values)
        default:
            let known = ["texto", "anio", "region", "opcion", "lista_texto", "lista_opcion"]
            reader.report("invalid-value", at: item["tipo"]?.range,
                          es: "Tipo desconocido «\(typeName)» para «\(name)».", en: "Unknown type `\(typeName)` for `\(name)`.",
                          hintES: "Tipos posibles: \(known.joined(separator: ", ")).",
                          hintEN: "Possible types: \(known.joined(separator: ", ")).")
            return nil
        }
        if typeName == "anio" && minYear == nil {
            reader.report("missing-key", at: item.range,
                          es: "La clave «\(name)» es un año y necesita «anio_minimo».",
                          en: "Key `\(name)` is a year and needs `anio_minimo`.")
            return nil
        }
        if let minItems, let maxItems, minItems > maxItems {
            reader.report("invalid-value", at: item["min_items"]?.range,
                          es: "«min_items» (\(minItems)) es mayor que «max_items» (\(maxItems)) en «\(name)».",
                          en: "`min_items` (\(minItems)) exceeds `max_items` (\(maxItems)) in `\(name)`.")
            return nil
        }
        return FieldSpec(
            name: name, type: type, required: required, minItems: minItems, maxItems: maxItems,
            maxCharacters: maxCharacters, minYear: minYear, guide: guide, examples: examples, label: label
        )
    }

    private mutating func enumValues(_ node: YAMLNode, list: String) -> [EnumValue]? {
        guard let items = reader.sequence(node, named: "\(list).valores") else { return nil }
        var values: [EnumValue] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard reader.mapping(item, named: "valores") != nil else { return nil }
            reader.checkKeys(of: item, known: ["valor", "acepta"], path: "valores")
            guard let canonical = reader.text("valor", in: item, path: "valores", required: true),
                  let accepted = reader.textList("acepta", in: item, path: "valores", required: false) else { return nil }
            for form in [canonical] + accepted {
                let key = TextKey.compact(form)
                if let first = seen[key], first != item.location.line {
                    reader.report("ambiguous-spelling", at: item.range,
                                  es: "La grafía «\(form)» ya nombra otro valor (línea \(first)).",
                                  en: "Spelling `\(form)` already names another value (line \(first)).")
                }
                seen[key] = seen[key] ?? item.location.line
            }
            values.append(EnumValue(canonical: canonical, accepted: accepted))
        }
        return values
    }

    private mutating func sectionList(_ root: YAMLNode) -> [SectionSpec]? {
        guard let node = reader.value("secciones", in: root, path: "", required: true),
              let items = reader.sequence(node, named: "secciones") else { return nil }
        var sections: [SectionSpec] = []
        var headings: [String: Int] = [:]
        var ids: [String: Int] = [:]
        var complete = true
        for item in items {
            guard let section = sectionSpec(item) else { complete = false; continue }
            if let first = ids[section.id] {
                reader.report("duplicate", at: item["id"]?.range,
                              es: "La sección «\(section.id)» ya está definida en la línea \(first).",
                              en: "Section `\(section.id)` is already defined on line \(first).")
                complete = false
            }
            ids[section.id] = item.location.line
            for heading in [section.heading] + section.acceptedHeadings {
                let key = TextKey.of(heading)
                if let first = headings[key], first != item.location.line {
                    reader.report("ambiguous-spelling", at: item.range,
                                  es: "El título «\(heading)» ya nombra otra sección (línea \(first)).",
                                  en: "Heading `\(heading)` already names another section (line \(first)).")
                    complete = false
                }
                headings[key] = headings[key] ?? item.location.line
            }
            sections.append(section)
        }
        return complete ? sections : nil
    }

    private mutating func sectionSpec(_ item: YAMLNode) -> SectionSpec? {
        guard reader.mapping(item, named: "secciones") != nil else { return nil }
        reader.checkKeys(of: item, known: ["id", "titulo", "acepta", "tipo", "requerida", "limites", "guia"], path: "secciones")
        let id = reader.text("id", in: item, path: "secciones", required: true)
        let heading = reader.text("titulo", in: item, path: "secciones", required: true)
        let accepted = reader.textList("acepta", in: item, path: "secciones", required: false)
        let kindName = reader.text("tipo", in: item, path: "secciones", required: true)
        let required = reader.boolean("requerida", in: item, path: "secciones", required: true)
        let guide = reader.text("guia", in: item, path: "secciones", required: true)
        var words: Limit?, items: Limit?, wordsPerItem: Limit?
        var limitsRead = true
        if let limits = reader.value("limites", in: item, path: "secciones", required: false) {
            if reader.mapping(limits, named: "limites") != nil {
                reader.checkKeys(of: limits, known: ["palabras", "items", "palabras_por_item"], path: "limites")
                words = limit(limits["palabras"], named: "palabras", read: &limitsRead)
                items = limit(limits["items"], named: "items", read: &limitsRead)
                wordsPerItem = limit(limits["palabras_por_item"], named: "palabras_por_item", read: &limitsRead)
            } else {
                limitsRead = false
            }
        }
        guard let id, let heading, let accepted, let kindName, let required, let guide, limitsRead else { return nil }
        let kind: SectionKind
        switch kindName {
        case "parrafos": kind = .paragraphs
        case "lista": kind = .bulletList
        default:
            reader.report("invalid-value", at: item["tipo"]?.range,
                          es: "Tipo de sección desconocido «\(kindName)»; puede ser «parrafos» o «lista».",
                          en: "Unknown section type `\(kindName)`; it can be `parrafos` or `lista`.")
            return nil
        }
        if kind == .paragraphs && (items != nil || wordsPerItem != nil) {
            reader.report("invalid-value", at: item["limites"]?.range,
                          es: "La sección «\(id)» es de párrafos: «items» y «palabras_por_item» solo valen para listas.",
                          en: "Section `\(id)` holds paragraphs: `items` and `palabras_por_item` apply only to lists.")
            return nil
        }
        return SectionSpec(
            id: id, heading: heading, acceptedHeadings: accepted, kind: kind, required: required,
            words: words, items: items, wordsPerItem: wordsPerItem, guide: guide
        )
    }

    /// A `{ aviso: N, error: M }` limit; `read` turns false when it is malformed.
    private mutating func limit(_ node: YAMLNode?, named name: String, read: inout Bool) -> Limit? {
        guard let node else { return nil }
        guard reader.mapping(node, named: name) != nil else { read = false; return nil }
        reader.checkKeys(of: node, known: ["aviso", "error"], path: name)
        let warning = node["aviso"] == nil ? nil : reader.integer("aviso", in: node, path: name, required: false)
        let error = node["error"] == nil ? nil : reader.integer("error", in: node, path: name, required: false)
        if (node["aviso"] != nil && warning == nil) || (node["error"] != nil && error == nil) { read = false; return nil }
        if warning == nil && error == nil {
            reader.report("invalid-value", at: node.range,
                          es: "El límite «\(name)» necesita «aviso», «error» o ambos.",
                          en: "Limit `\(name)` needs `aviso`, `error` or both.")
            read = false
            return nil
        }
        if let warning, let error, warning > error {
            reader.report("invalid-value", at: node.range,
                          es: "En «\(name)», el aviso (\(warning)) es mayor que el error (\(error)): el aviso nunca se vería.",
                          en: "In `\(name)`, the warning (\(warning)) exceeds the error (\(error)): the warning would never show.")
            read = false
            return nil
        }
        return Limit(warning: warning, error: error)
    }
}
