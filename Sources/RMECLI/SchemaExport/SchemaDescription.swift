import Diagnostics
import Validation

/// The schema in words, for `rme schema` without `--json-schema`: what each key and each section must hold.
enum SchemaDescription {
    static func text(_ schema: Schema, currentYear: Int, language: Language) -> String {
        let es = language == .es
        var lines = [es ? "Encabezado (entre las líneas ---):" : "Front matter (between the --- lines):"]
        for field in schema.fields {
            var facts = [typeName(field.type, es: es), field.required ? (es ? "obligatoria" : "required") : (es ? "opcional" : "optional")]
            if field.type == .year, let minYear = field.minYear { facts.append("\(minYear)–\(currentYear)") }
            if let minItems = field.minItems, let maxItems = field.maxItems {
                facts.append(es ? "de \(minItems) a \(maxItems) ítems" : "\(minItems) to \(maxItems) items")
            }
            if let maxCharacters = field.maxCharacters {
                facts.append(es ? "hasta \(maxCharacters) caracteres" : "up to \(maxCharacters) characters")
            }
            lines.append("  \(field.name): \(facts.joined(separator: ", "))")
            switch field.type {
            case .choice(let values), .choiceList(let values):
                lines.append("      " + (es ? "valores: " : "values: ") + values.map(\.canonical).joined(separator: ", "))
            default: break
            }
            if !field.guide.isEmpty { lines.append("      \(field.guide)") }
        }
        lines.append("")
        lines.append(es ? "Secciones del cuerpo (títulos ##), en este orden:" : "Body sections (## headings), in this order:")
        for section in schema.sections {
            var facts = [section.kind == .paragraphs ? (es ? "párrafos" : "paragraphs") : (es ? "lista con viñetas" : "bullet list")]
            facts.append(section.required ? (es ? "obligatoria" : "required") : (es ? "opcional" : "optional"))
            if let words = section.words?.error { facts.append(es ? "hasta \(words) palabras" : "up to \(words) words") }
            if let items = section.items?.error { facts.append(es ? "hasta \(items) ítems" : "up to \(items) items") }
            lines.append("  ## \(section.heading): \(facts.joined(separator: ", "))")
            if !section.guide.isEmpty { lines.append("      \(section.guide)") }
        }
        lines.append("")
        lines.append((es ? "Regiones: " : "Regions: ") + schema.regions.map(\.region.name).joined(separator: ", ") + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func typeName(_ type: FieldType, es: Bool) -> String {
        switch type {
        case .text: es ? "texto" : "text"
        case .year: es ? "año" : "year"
        case .region: es ? "región" : "region"
        case .choice: es ? "una opción" : "one choice"
        case .textList: es ? "lista de textos" : "list of texts"
        case .choiceList: es ? "lista de opciones" : "list of choices"
        }
    }
}
