import Content
import Diagnostics
import Foundation

/// Reads and checks `edition.yaml`: required keys, shapes, month, paper size and margins, each problem with its line.
///
/// Margins end up in the print CSS, so only plain lengths (`22mm`, `2.5cm`) pass.
struct EditionFileReading {
    let path: String
    /// The file's bytes, read by whoever found it; `nil` when it could not be read.
    let file: InputFile?
    /// The schema's `archivo.caracteres_seguidos`: the title, credits and acknowledgements print like a chapter's text.
    let runLimit: Limit
    /// The schema's region names and their other spellings; `nil` leaves spellings unchecked (a sibling edition
    /// read only for its ISBN).
    let regionSpellings: RegionSpellings?
    private var reader: YAMLReader
    /// The file's text once decoded, where a spelling inside a value is looked for.
    private var source: SourceText?

    init(path: String, file: InputFile?, runLimit: Limit = Schema.defaultUnbreakableRun, regionSpellings: RegionSpellings? = nil) {
        self.path = path
        self.file = file
        self.runLimit = runLimit
        self.regionSpellings = regionSpellings
        reader = YAMLReader(file: path, codePrefix: "edition-file")
    }

    /// Everything found wrong so far.
    var diagnostics: [Diagnostic] { reader.diagnostics }

    static let knownKeys = [
        "id", "titulo", "periodo", "publicacion", "descripcion", "isbn", "registro_propiedad_intelectual", "editor",
        "creditos", "agradecimientos", "redes_por_anio", "actores", "principios", "pagina",
    ]
    static let months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]

    /// The edition's settings; `nil` when the file cannot be read or any error was found.
    mutating func read() -> EditionInfo? {
        guard let root = compose() else { return nil }
        guard reader.mapping(root, named: "edition.yaml") != nil else { return nil }
        reader.checkKeys(of: root, known: Self.knownKeys, path: "", severity: .warning)

        let titulo = reader.text("titulo", in: root, path: "", required: true)
        let periodo = reader.text("periodo", in: root, path: "", required: true)
        let publicacion = publication(root)
        let descripcion = reader.text("descripcion", in: root, path: "", required: false)
        let isbn = reader.text("isbn", in: root, path: "", required: false)
        let registro = reader.text("registro_propiedad_intelectual", in: root, path: "", required: false)
        let editor = publisher(root)
        let credits = credits(root)
        let agradecimientos = reader.text("agradecimientos", in: root, path: "", required: false)
        let redes = networks(root)
        let actores = actors(root)
        let principios = principles(root)
        let pagina = pageSetup(root)
        reportGuides(in: root)
        reportLongWords(in: root, path: "")
        reportRegionSpellings(in: root, path: "")

        // Optional parts return `nil` both when absent and when malformed; the error check tells them apart.
        guard let titulo, let periodo, let publicacion, let editor, !reader.diagnostics.containsErrors else { return nil }
        return EditionInfo(
            titulo: titulo, periodo: periodo, publicacionMes: publicacion.month, publicacionAnio: publicacion.year,
            descripcion: descripcion, isbn: isbn, registroPropiedadIntelectual: registro, editor: editor,
            coordinacionNacional: credits.coordination, comiteEditorial: credits.committee, diseno: credits.design,
            agradecimientos: agradecimientos, redesPorAnio: redes, actores: actores,
            principios: principios, pagina: pagina)
    }

    /// Each value still holding a guide of `rme nueva-edicion` («Escriba aquí …»), reported once at the value; the
    /// type error the same value gave (a guide where a year goes) is dropped, as the guide says it all.
    private mutating func reportGuides(in root: YAMLNode) {
        var guides: [(path: String, node: YAMLNode)] = []
        Self.collectGuides(root, path: "", into: &guides)
        guard !guides.isEmpty else { return }
        let ranges = Set(guides.map(\.node.range))
        reader.removeDiagnostics { diagnostic in diagnostic.range.map(ranges.contains) ?? false }
        for (path, node) in guides {
            reader.report("unfilled-guide", at: node.range,
                          es: "«\(path)» todavía tiene la guía de la edición nueva; falta escribir el valor.",
                          en: "`\(path)` still holds the new edition's guide; the value is missing.",
                          hintES: "Reemplace el texto «Escriba aquí …» (con sus comillas) por el dato de esta edición.",
                          hintEN: "Replace the «Escriba aquí …» text (with its quotes) by this edition's value.")
        }
    }

    /// Runs without spaces past `runLimit` in any value (`LongWordFindings`), one diagnostic per value at the value.
    /// The value is measured as written: the Markdown of `agradecimientos` can only make a run look longer.
    private mutating func reportLongWords(in node: YAMLNode, path: String) {
        switch node.value {
        case .scalar(let text, _):
            guard let floor = runLimit.warning ?? runLimit.error,
                  let finding = LongWordFindings.of(text, limit: runLimit).first else { return }
            let name = LongWordWording.printable(String(path.prefix(60)))
            let wording = LongWordWording(finding, in: text, place: (es: "En «\(name)»", en: "In `\(name)`"), floor: floor)
            reader.report("long-word", finding.severity, at: node.range, es: wording.es, en: wording.en,
                          hintES: wording.hintES, hintEN: wording.hintEN)
        case .sequence(let items):
            for item in items { reportLongWords(in: item, path: path) }
        case .mapping(let pairs):
            for pair in pairs {
                let key = pair.key.scalar ?? "?"
                reportLongWords(in: pair.value, path: path.isEmpty ? key : "\(path).\(key)")
            }
        }
    }

    /// Region names spelled otherwise than the schema's list (`RegionSpellings`), a warning at each spelling:
    /// the title, credits and acknowledgements print on the cover and credits page like the chapters' text.
    private mutating func reportRegionSpellings(in node: YAMLNode, path: String) {
        guard let regionSpellings else { return }
        switch node.value {
        case .scalar(let text, _):
            let name = LongWordWording.printable(String(path.prefix(60)))
            for (finding, range) in regionSpellings.findings(in: node, text: text, source: source) {
                let wording = RegionSpellingWording(finding, place: (es: "En «\(name)»", en: "In `\(name)`"))
                reader.report("region-spelling", .warning, at: range, es: wording.es, en: wording.en,
                              hintES: wording.hintES, hintEN: wording.hintEN)
            }
        case .sequence(let items):
            for item in items { reportRegionSpellings(in: item, path: path) }
        case .mapping(let pairs):
            for pair in pairs {
                let key = pair.key.scalar ?? "?"
                reportRegionSpellings(in: pair.value, path: path.isEmpty ? key : "\(path).\(key)")
            }
        }
    }

    /// The scalars holding the guide's opening, with their dotted paths (`publicacion.anio`), in file order.
    private static func collectGuides(_ node: YAMLNode, path: String, into guides: inout [(path: String, node: YAMLNode)]) {
        switch node.value {
        case .scalar(let text, _):
            if UnfilledGuide.holdsOpening(text) { guides.append((path, node)) }
        case .sequence(let items):
            for item in items { collectGuides(item, path: path, into: &guides) }
        case .mapping(let pairs):
            for pair in pairs {
                let key = pair.key.scalar ?? "?"
                collectGuides(pair.value, path: path.isEmpty ? key : "\(path).\(key)", into: &guides)
            }
        }
    }

    /// The file's YAML tree, with unreadable bytes and YAML findings reported.
    private mutating func compose() -> YAMLNode? {
        guard let file else {
            reader.report("unreadable", at: nil, es: "No se pudo leer «edition.yaml».", en: "`edition.yaml` could not be read.")
            return nil
        }
        let source: SourceText
        switch TextDecoder.decode(file.bytes, sizeLimit: LoadedDocument.defaultSizeLimit) {
        case .failure(let problem):
            let wording = InputProblemWording(problem)
            reader.append([Diagnostic(
                file: path, range: wording.range, severity: .error,
                code: "edition-file." + wording.code.replacingOccurrences(of: "input.", with: ""),
                message: wording.message, hint: wording.hint)])
            return nil
        case .success(let text):
            source = text
        }
        self.source = source
        reportBidiCharacters(in: source)
        let yaml = YAMLComposer.compose(FrontMatterBlock(text: String(decoding: source.bytes, as: UTF8.self), firstLine: 1, closingLine: nil))
        reader.append(yaml.findings.map { finding in
            let wording = YAMLFindingWording(finding, block: (es: "edition.yaml", en: "edition.yaml"))
            return Diagnostic(file: path, range: wording.range, severity: .error, code: "edition-file.yaml-\(wording.code)",
                              message: wording.message, hint: wording.hint)
        })
        if yaml.root == nil && yaml.findings.isEmpty {
            reader.report("empty", at: nil, es: "«edition.yaml» está vacío.", en: "`edition.yaml` is empty.")
        }
        return yaml.root
    }

    /// Bidirectional controls and marks, as `BidiControlRule` finds them in experiences: the title and credits
    /// are printed on the cover and every page's header, where a reordered text misleads as much as in a chapter.
    private mutating func reportBidiCharacters(in source: SourceText) {
        let columns = ColumnConverter(source: source)
        var lastLine = 0
        for (offset, value) in BidiControlRule.occurrences(in: source.bytes) {
            let line = source.lineNumber(ofByteOffset: offset)
            guard line != lastLine else { continue }
            lastLine = line
            let column = columns.characterColumn(line: line, byteColumn: offset - source.byteOffset(ofLine: line) + 1)
            let range = SourceRange(SourceLocation(line: line, column: column))
            let name = BidiControlRule.name(value)
            if BidiControlRule.isControl(value) {
                reader.report("bidi-control", at: range,
                              es: "Carácter invisible de control de dirección \(name): puede hacer que el texto se vea distinto de lo que dice el archivo.",
                              en: "Invisible direction control character \(name): it can make the text look different from what the file says.",
                              hintES: "Borre el carácter (no se ve: borre y vuelva a escribir el texto alrededor de esta columna).",
                              hintEN: "Delete the character (it is invisible: delete and retype the text around this column).")
            } else {
                reader.report("bidi-mark", .warning, at: range,
                              es: "Marca invisible de dirección de texto \(name), probablemente copiada de una página web.",
                              en: "Invisible text-direction mark \(name), probably copied from a web page.",
                              hintES: "Bórrela: el texto en español no la necesita.", hintEN: "Delete it: Spanish text does not need it.")
            }
        }
    }

    private mutating func publication(_ root: YAMLNode) -> (month: String, year: Int)? {
        guard let node = reader.value("publicacion", in: root, path: "", required: true),
              reader.mapping(node, named: "publicacion") != nil else { return nil }
        reader.checkKeys(of: node, known: ["mes", "anio"], path: "publicacion")
        let month = reader.text("mes", in: node, path: "publicacion", required: true)
        let year = reader.integer("anio", in: node, path: "publicacion", required: true)
        if let month, !Self.months.contains(TextKey.of(month)) {
            reader.report("invalid-value", at: node["mes"]?.range,
                          es: "«publicacion.mes» es «\(month)»: debe ser el nombre de un mes («marzo»).",
                          en: "`publicacion.mes` is `\(month)`: it must be a month's Spanish name (`marzo`).")
        }
        if let year, !(2000...2100).contains(year) {
            reader.report("invalid-value", at: node["anio"]?.range,
                          es: "«publicacion.anio» es \(year): debe ser un año de cuatro cifras.",
                          en: "`publicacion.anio` is \(year): it must be a four-digit year.")
        }
        guard let month, let year else { return nil }
        return (month, year)
    }

    private mutating func publisher(_ root: YAMLNode) -> EditionInfo.Publisher? {
        guard let node = reader.value("editor", in: root, path: "", required: true),
              reader.mapping(node, named: "editor") != nil else { return nil }
        reader.checkKeys(of: node, known: ["nombre", "institucion", "direccion", "sitio"], path: "editor")
        let nombre = reader.text("nombre", in: node, path: "editor", required: true)
        let institucion = reader.text("institucion", in: node, path: "editor", required: true)
        let direccion = reader.text("direccion", in: node, path: "editor", required: false)
        let sitio = reader.text("sitio", in: node, path: "editor", required: false)
        guard let nombre, let institucion else { return nil }
        return EditionInfo.Publisher(nombre: nombre, institucion: institucion, direccion: direccion, sitio: sitio)
    }

    /// `creditos`; empty when absent or malformed (malformed is reported).
    private mutating func credits(_ root: YAMLNode) -> (coordination: [String], committee: [String], design: String?) {
        guard let node = reader.value("creditos", in: root, path: "", required: false),
              reader.mapping(node, named: "creditos") != nil else { return ([], [], nil) }
        reader.checkKeys(of: node, known: ["coordinacion_nacional", "comite_editorial", "diseno"], path: "creditos")
        let coordination = reader.textList("coordinacion_nacional", in: node, path: "creditos", required: false)
        let committee = reader.textList("comite_editorial", in: node, path: "creditos", required: false)
        let design = reader.text("diseno", in: node, path: "creditos", required: false)
        return (coordination ?? [], committee ?? [], design)
    }

    /// `redes_por_anio`, the infographic's figures.
    private mutating func networks(_ root: YAMLNode) -> EditionInfo.YearlyNetworks? {
        guard let node = reader.value("redes_por_anio", in: root, path: "", required: false),
              reader.mapping(node, named: "redes_por_anio") != nil else { return nil }
        reader.checkKeys(of: node, known: ["titulo", "valores"], path: "redes_por_anio")
        let title = reader.text("titulo", in: node, path: "redes_por_anio", required: true)
        guard let list = reader.value("valores", in: node, path: "redes_por_anio", required: true),
              let items = reader.sequence(list, named: "redes_por_anio.valores") else { return nil }
        var values: [(anio: Int, redes: Int)] = []
        for item in items {
            guard reader.mapping(item, named: "redes_por_anio.valores") != nil else { continue }
            reader.checkKeys(of: item, known: ["anio", "redes"], path: "redes_por_anio.valores")
            let year = reader.integer("anio", in: item, path: "redes_por_anio.valores", required: true)
            let count = reader.integer("redes", in: item, path: "redes_por_anio.valores", required: true)
            if let year, let count { values.append((year, count)) }
        }
        guard let title, values.count == items.count else { return nil }
        return EditionInfo.YearlyNetworks(titulo: title, valores: values)
    }

    /// `actores`, the actors diagram.
    private mutating func actors(_ root: YAMLNode) -> EditionInfo.Actors? {
        guard let node = reader.value("actores", in: root, path: "", required: false),
              reader.mapping(node, named: "actores") != nil else { return nil }
        reader.checkKeys(of: node, known: ["titulo", "lista", "contexto"], path: "actores")
        let title = reader.text("titulo", in: node, path: "actores", required: true)
        let list = reader.textList("lista", in: node, path: "actores", required: true)
        let context = reader.text("contexto", in: node, path: "actores", required: false)
        guard let title, let list else { return nil }
        return EditionInfo.Actors(titulo: title, lista: list, contexto: context)
    }

    /// `principios`, the three principles with their text.
    private mutating func principles(_ root: YAMLNode) -> EditionInfo.Principles? {
        guard let node = reader.value("principios", in: root, path: "", required: false),
              reader.mapping(node, named: "principios") != nil else { return nil }
        reader.checkKeys(of: node, known: ["titulo", "lista"], path: "principios")
        let title = reader.text("titulo", in: node, path: "principios", required: true)
        guard let list = reader.value("lista", in: node, path: "principios", required: true),
              let items = reader.sequence(list, named: "principios.lista") else { return nil }
        var principles: [(nombre: String, texto: String)] = []
        for item in items {
            guard reader.mapping(item, named: "principios.lista") != nil else { continue }
            reader.checkKeys(of: item, known: ["nombre", "texto"], path: "principios.lista")
            let name = reader.text("nombre", in: item, path: "principios.lista", required: true)
            let text = reader.text("texto", in: item, path: "principios.lista", required: true)
            if let name, let text { principles.append((name, text)) }
        }
        guard let title, principles.count == items.count else { return nil }
        return EditionInfo.Principles(titulo: title, lista: principles)
    }

    /// `pagina`: paper size, orientation and margins; what is absent (or malformed, and reported) keeps the
    /// defaults (carta, 22/22/22/20 mm).
    private mutating func pageSetup(_ root: YAMLNode) -> PageSetup {
        let defaults = PageSetup()
        guard let node = reader.value("pagina", in: root, path: "", required: false),
              reader.mapping(node, named: "pagina") != nil else { return defaults }
        reader.checkKeys(of: node, known: ["tamano", "orientacion", "margenes"], path: "pagina")
        var setup = defaults
        if let size = reader.text("tamano", in: node, path: "pagina", required: false) {
            if let paper = PageSetup.PaperSize(rawValue: TextKey.of(size)) {
                setup.size = paper
            } else {
                reader.report("invalid-value", at: node["tamano"]?.range,
                              es: "«pagina.tamano» es «\(size)»: puede ser «carta» o «a4».",
                              en: "`pagina.tamano` is `\(size)`: it can be `carta` or `a4`.")
            }
        }
        if let orientation = reader.text("orientacion", in: node, path: "pagina", required: false), TextKey.of(orientation) != "vertical" {
            reader.report("invalid-value", at: node["orientacion"]?.range,
                          es: "«pagina.orientacion» es «\(orientation)»: el cuadernillo se imprime en vertical.",
                          en: "`pagina.orientacion` is `\(orientation)`: the booklet prints in portrait.")
        }
        if let margins = reader.value("margenes", in: node, path: "pagina", required: false) {
            if reader.mapping(margins, named: "pagina.margenes") != nil {
                reader.checkKeys(of: margins, known: ["superior", "inferior", "interior", "exterior"], path: "pagina.margenes")
                setup.marginTop = margin("superior", margins, default: setup.marginTop)
                setup.marginBottom = margin("inferior", margins, default: setup.marginBottom)
                setup.marginInner = margin("interior", margins, default: setup.marginInner)
                setup.marginOuter = margin("exterior", margins, default: setup.marginOuter)
            }
        }
        return setup
    }

    /// One margin: a number and a unit (`22mm`, `2.5cm`, `1in`, `60pt`), since it goes into the print CSS as is.
    private mutating func margin(_ key: String, _ node: YAMLNode, default value: String) -> String {
        guard let text = reader.text(key, in: node, path: "pagina.margenes", required: false) else { return value }
        guard text.range(of: #"^[0-9]{1,3}(\.[0-9]{1,2})?(mm|cm|in|pt)$"#, options: .regularExpression) != nil else {
            reader.report("invalid-value", at: node[key]?.range,
                          es: "«pagina.margenes.\(key)» es «\(text)»: escriba un número y una unidad, como 22mm o 2.5cm.",
                          en: "`pagina.margenes.\(key)` is `\(text)`: write a number and a unit, such as 22mm or 2.5cm.")
            return value
        }
        return text
    }
}
