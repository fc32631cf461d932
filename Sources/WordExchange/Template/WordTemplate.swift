import Validation

/// The Word template of an experience, made from the schema: title, the fields table, one heading per section.
///
/// The same schema and the same guides (`UnfilledGuide.marker`) as `rme new`'s Markdown skeleton: every
/// answer cell and every section holds its «Escriba aquí …», which `rme check` reports until it is replaced,
/// so a template sent back unfilled never passes. Sections are Word's «Título 1» and lists Word's own bullet
/// list, which pandoc writes with the reference document's styles and the importer reads back.
public enum WordTemplate {
    /// The template as a pandoc document; `region` fills the region's row, `filled` other answers by key.
    public static func document(schema: Schema, region: RegionSpec?, filled: [String: String] = [:], apiVersion: [Int]) -> PandocDocument {
        var blocks: [PandocBlock] = TemplateWording.instructions.map { .paragraph(words($0)) }
        blocks.append(.header(level: 1, .none, words(TemplateWording.fieldsHeading)))
        blocks.append(.table(fieldsTable(schema: schema, region: region, filled: filled)))
        for section in schema.sections {
            blocks.append(.header(level: 1, .none, words(section.heading)))
            let guide = words(UnfilledGuide.marker(guide: section.guide, naming: section.heading))
            switch section.kind {
            case .paragraphs: blocks.append(.paragraph(guide))
            case .bulletList: blocks.append(.bulletList([[.plain(guide)]]))
            }
        }
        return PandocDocument(
            apiVersion: apiVersion, title: words(TemplateWording.title(for: region)), blocks: blocks, language: "es-CL")
    }

    /// Two columns: what to write (label, guide, allowed values, an example) and the answer.
    private static func fieldsTable(schema: Schema, region: RegionSpec?, filled: [String: String]) -> PandocTable {
        let header = TemplateWording.columnHeaders.map { [PandocBlock.plain([.strong(words($0))])] }
        var rows: [[[PandocBlock]]] = []
        for field in schema.fields {
            var about: [PandocBlock] = [.paragraph([.strong(words(field.displayLabel))])]
            var notes: [String] = []
            switch field.type {
            case .choice(let values), .choiceList(let values): notes.append(TemplateWording.allowedValues(values))
            case .text, .year, .region, .textList: break
            }
            if field.type.isList { notes.append(TemplateWording.onePerLine) }
            if !field.examples.isEmpty { notes.append("Por ejemplo: " + field.examples.joined(separator: ", ") + ".") }
            if !field.required { notes.append(TemplateWording.optional) }
            if !notes.isEmpty { about.append(.paragraph([.emphasis(words(notes.joined(separator: " ")))])) }

            let answer: String
            if field.type == .region, let region {
                answer = region.region.name
            } else if let value = filled[field.name] {
                answer = value
            } else {
                // The schema's guide writes lists as YAML does («[municipal]»); in Word they are plain words.
                answer = UnfilledGuide.marker(guide: field.guide.filter { $0 != "[" && $0 != "]" }, naming: field.name)
            }
            rows.append([about, [.paragraph(words(answer))]])
        }
        return PandocTable(columnWidths: [0.42, 0.58], headRows: [header], bodyRows: rows)
    }

    /// A text as pandoc's words and spaces.
    static func words(_ text: String) -> [PandocInline] {
        var inlines: [PandocInline] = []
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: true).enumerated() {
            if index > 0 { inlines.append(.space) }
            inlines.append(.text(String(word)))
        }
        return inlines
    }
}

extension FieldType {
    /// Whether the key holds a list.
    var isList: Bool {
        switch self {
        case .textList, .choiceList: true
        case .text, .year, .region, .choice: false
        }
    }
}
