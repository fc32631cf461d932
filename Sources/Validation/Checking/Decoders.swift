import Content
import Diagnostics
import Foundation

/// Builds the typed `Experience` from a file that passed every rule.
///
/// Only called when no rule found an error, so it trusts the tree's shape and
/// returns `nil` rather than reporting if something is still off.
enum ExperienceDecoder {
    static func decode(_ context: DocumentContext, _ settings: CheckSettings) -> Experience? {
        let schema = settings.schema
        let index = settings.index
        guard context.kind == .experience, let root = context.frontMatter, root.mapping != nil,
              let regionText = root["region"]?.scalar, let region = index.regions.region(matching: regionText)?.region,
              let provincia = text(root["provincia"]), let red = text(root["red"]),
              let desde = year(root["desde"]) else { return nil }
        return Experience(
            sourcePath: context.path,
            slug: FileSlug.experience(path: context.path),
            region: region,
            provincia: provincia,
            red: red,
            desde: desde,
            dependencia: choices(root["dependencia"], field: schema.field("dependencia"), index),
            niveles: choices(root["niveles"], field: schema.field("niveles"), index),
            localizacion: choice(root["localizacion"], field: schema.field("localizacion"), index),
            comunas: texts(root["comunas"]),
            integrantes: texts(root["integrantes"]),
            establecimientos: texts(root["establecimientos"]),
            enfasis: choices(root["enfasis"], field: schema.field("enfasis"), index),
            sections: sections(context, schema)
        )
    }

    /// The body's sections that the schema names, in the schema's order, each taken once.
    private static func sections(_ context: DocumentContext, _ schema: Schema) -> [ExperienceSection] {
        let parts = context.sections?.parts ?? []
        return schema.sections.compactMap { spec in
            parts.first { $0.sectionID == spec.id }.map { ExperienceSection(id: spec.id, heading: $0.title, blocks: $0.blocks) }
        }
    }

    private static func text(_ node: YAMLNode?) -> String? {
        guard let text = node?.scalar.map(TrimmedText.of), !text.isEmpty else { return nil }
        return text
    }

    private static func texts(_ node: YAMLNode?) -> [String] {
        (node?.sequence ?? []).compactMap(text)
    }

    /// A year written as plain digits or quoted digits (the only forms the rules let through).
    private static func year(_ node: YAMLNode?) -> Int? {
        guard let text = text(node), text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    private static func values(of field: FieldSpec?) -> [EnumValue] {
        switch field?.type {
        case .choice(let values), .choiceList(let values): values
        default: []
        }
    }

    /// Canonical forms of a closed list's items ("basica" is stored as "básica").
    private static func choices(_ node: YAMLNode?, field: FieldSpec?, _ index: SchemaIndex) -> [String] {
        let lookup = index.choices(values(of: field))
        return texts(node).compactMap { lookup.canonical(for: $0) }
    }

    /// The canonical form of a one-value closed list's item.
    private static func choice(_ node: YAMLNode?, field: FieldSpec?, _ index: SchemaIndex) -> String? {
        text(node).flatMap { index.choices(values(of: field)).canonical(for: $0) }
    }
}

/// Builds a `FrontPage` from a `paginas/*.md` file.
enum FrontPageDecoder {
    static func decode(_ context: DocumentContext) -> FrontPage? {
        guard context.kind == .frontPage, let body = context.document.body,
              let title = context.frontMatter?["titulo"]?.scalar.map(TrimmedText.of),
              !title.isEmpty else { return nil }
        return FrontPage(slug: FileSlug.frontPage(path: context.path), title: title, body: body)
    }
}

/// Page names taken from file names.
enum FileSlug {
    /// `experiencias/tarapaca.md` → `tarapaca`.
    static func experience(path: String) -> String {
        let name = PathText.lastComponent(of: path)
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// `paginas/01-que-es-una-rme.md` → `que-es-una-rme`: the number only orders the pages.
    /// Up to three digits count as an ordering prefix, so a year (`2015-informe`) stays in the name.
    static func frontPage(path: String) -> String {
        let name = experience(path: path)
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), name.dropFirst(digits.count).first == "-" else { return name }
        return String(name.dropFirst(digits.count + 1))
    }

    /// The form two page names are compared in, the page's id: `Tarapacá` and `tarapaca` make the same page.
    static func folded(_ slug: String) -> String {
        PageSlug.folded(slug)
    }
}

/// Reads `edition.yaml` into `EditionInfo`, reporting what is missing or malformed with its line.
enum EditionInfoDecoder {
    /// The settings of the `edition.yaml` at a path, read now; `nil` path: the folder has none.
    static func decode(
        path: String?, folder: EditionFolder, runLimit: Limit = Schema.defaultUnbreakableRun, into diagnostics: inout [Diagnostic]
    ) -> EditionInfo? {
        decode(path.map { ($0, InputFile.read(path: $0)) }, folder: folder, runLimit: runLimit, into: &diagnostics)
    }

    /// The settings of `edition.yaml` given its path and bytes (`nil` bytes: unreadable); no pair: the folder
    /// has none, reported at the path it should have (`folder`'s `edition.yaml`) and naming the edition.
    static func decode(
        _ editionFile: (path: String, file: InputFile?)?, folder: EditionFolder, runLimit: Limit = Schema.defaultUnbreakableRun,
        regionSpellings: RegionSpellings? = nil, into diagnostics: inout [Diagnostic]
    ) -> EditionInfo? {
        guard let (path, file) = editionFile else {
            let expected = PathText.join(folder.path, "edition.yaml")
            diagnostics.append(Diagnostic(
                file: expected, range: nil, severity: .error, code: "edition-file.missing",
                message: LocalizedText(
                    es: "La edición «\(folder.id)» no tiene «edition.yaml» (título, período, créditos y tamaño de página).",
                    en: "The edition «\(folder.id)» has no `edition.yaml` (title, period, credits and page size)."),
                hint: LocalizedText(
                    es: "Cree \(expected); vea Content/2015-2017/edition.yaml como ejemplo.",
                    en: "Create \(expected); see Content/2015-2017/edition.yaml for an example.")))
            return nil
        }
        var reading = EditionFileReading(path: path, file: file, runLimit: runLimit, regionSpellings: regionSpellings)
        let info = reading.read()
        diagnostics += reading.diagnostics
        return info
    }
}
