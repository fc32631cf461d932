import Diagnostics

/// Finds `{{> name}}` tags whose template does not exist, which swift-mustache would silently render as nothing.
enum PartialReferences {
    /// One partial tag: the name it asks for and the 1-based line it stands on.
    struct Reference: Equatable {
        var name: String
        var line: Int
    }

    /// The partial tags of a template written with the standard `{{ }}` delimiters.
    ///
    /// A template that changes its delimiters (`{{=<% %>=}}`) is skipped rather than misread.
    static func references(in text: String) -> [Reference] {
        guard !text.contains("{{=") else { return [] }
        var references: [Reference] = []
        var line = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" {
                line += 1
                index = text.index(after: index)
                continue
            }
            if text[index...].hasPrefix("{{>"), let close = text[index...].range(of: "}}") {
                let tag = text[text.index(index, offsetBy: 3)..<close.lowerBound]
                let name = tag.trimmingCharacters(in: .whitespaces)
                // A dynamic partial ({{>*name}}) is looked up at render time; nothing to check here.
                if !name.isEmpty, !name.hasPrefix("*") { references.append(Reference(name: name, line: line)) }
                line += tag.filter { $0 == "\n" }.count
                index = close.upperBound
                continue
            }
            index = text.index(after: index)
        }
        return references
    }

    /// Whether a template may name a partial only known at render time: a dynamic partial (`{{>*name}}`), or
    /// changed delimiters, under which `references(in:)` sees nothing.
    static func namesDynamicPartial(_ text: String) -> Bool {
        text.contains("{{=") || text.range(of: #"\{\{>\s*\*"#, options: .regularExpression) != nil
    }

    /// The first reference to a missing template, as an error naming the referring file and line.
    static func check(_ texts: [String: (text: String, origin: String)], known: Set<String>) throws(RenderError) {
        for name in texts.keys.sorted() {
            let (text, origin) = texts[name]!
            if let missing = references(in: text).first(where: { !known.contains($0.name) }) {
                throw RenderError(file: origin, line: missing.line, message: LocalizedText(
                    es: "la plantilla parcial «\(missing.name)» no existe (se busca \(missing.name)\(TemplateFolder.templateExtension) en la carpeta de plantillas)",
                    en: "the partial \"\(missing.name)\" does not exist (looked for \(missing.name)\(TemplateFolder.templateExtension) in the templates folder)"))
            }
        }
    }
}
