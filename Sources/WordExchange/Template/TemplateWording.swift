import Validation

/// The fixed words of the Word template, which the importer recognises and leaves out.
enum TemplateWording {
    /// The document's title: "Experiencia colaborativa de la RME de Tarapacá".
    static func title(for region: RegionSpec?) -> String {
        region.map { "Experiencia colaborativa de la RME \($0.region.titleForm)" } ?? "Experiencia colaborativa de la RME"
    }

    /// The instructions above the table, one paragraph each.
    static let instructions = [
        "Complete la tabla de datos y cada sección, reemplazando cada «Escriba aquí …» por su texto. "
            + "No cambie la primera columna de la tabla ni los títulos de las secciones.",
        "En las secciones con viñetas, escriba una idea por viñeta. En la tabla, los datos con varios valores "
            + "van uno por línea. Guarde el archivo como .docx y envíelo: rme importar lo revisa y le dice qué corregir.",
    ]

    /// The heading above the fields table.
    static let fieldsHeading = "Datos de la red"
    /// The fields table's header row.
    static let columnHeaders = ["Dato", "Respuesta"]

    /// Whether a paragraph is one of the template's own (instructions), compared as headings are.
    static func isTemplateText(_ text: String) -> Bool {
        let key = TextKey.of(text)
        return instructions.contains { TextKey.of($0) == key }
    }

    /// Whether a heading is the template's own ("Datos de la red").
    static func isTemplateHeading(_ text: String) -> Bool {
        TextKey.of(text) == TextKey.of(fieldsHeading)
    }

    /// "Valores posibles: municipal, particular subvencionado, servicio local."
    static func allowedValues(_ values: [EnumValue]) -> String {
        "Valores posibles: " + values.map(\.canonical).joined(separator: ", ") + "."
    }

    /// The note on a field that may be left out.
    static let optional = "Opcional: si no corresponde, deje la respuesta vacía."
    /// The note on a field with several values.
    static let onePerLine = "Uno por línea."
}
