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

    /// The first reference to a missing template, or the first partial that includes itself (directly or through
    /// others: rendering it would recurse until the stack overflows), as an error naming the file and line.
    static func check(_ texts: [String: (text: String, origin: String)], known: Set<String>) throws(RenderError) {
        var graph: [String: [Reference]] = [:]
        for name in texts.keys.sorted() {
            let (text, origin) = texts[name]!
            let found = references(in: text)
            if let missing = found.first(where: { !known.contains($0.name) }) {
                throw RenderError(file: origin, line: missing.line, message: LocalizedText(
                    es: "la plantilla parcial «\(missing.name)» no existe (se busca \(missing.name)\(TemplateFolder.templateExtension) en la carpeta de plantillas)",
                    en: "the partial \"\(missing.name)\" does not exist (looked for \(missing.name)\(TemplateFolder.templateExtension) in the templates folder)"))
            }
            graph[name] = found
        }
        if let cycle = firstCycle(in: graph), let (start, reference) = cycle.first {
            let names = cycle.map(\.from) + [start]
            throw RenderError(file: texts[start]?.origin ?? start, line: reference.line, message: LocalizedText(
                es: "las plantillas parciales se incluyen en círculo (\(names.joined(separator: " → "))): se incluirían sin fin; quite una de esas inclusiones",
                en: "the partials include each other in a circle (\(names.joined(separator: " → "))): they would include each other forever; remove one of those inclusions"))
        }
    }

    /// A cycle of inclusions, as the steps (template, the reference it makes) from its first template in name order.
    static func firstCycle(in graph: [String: [Reference]]) -> [(from: String, reference: Reference)]? {
        var finished: Set<String> = []
        for root in graph.keys.sorted() where !finished.contains(root) {
            // Depth first with an explicit stack: templates are few, but a hostile folder could hold many.
            var path: [(from: String, reference: Reference)] = []
            var onPath: [String: Int] = [:]
            var stack: [(name: String, next: Int)] = [(root, 0)]
            onPath[root] = 0
            while let top = stack.last {
                let edges = graph[top.name] ?? []
                if top.next < edges.count {
                    stack[stack.count - 1].next += 1
                    let reference = edges[top.next]
                    if let at = onPath[reference.name] {
                        return Array((path + [(top.name, reference)])[at...])
                    }
                    guard !finished.contains(reference.name), graph[reference.name] != nil else { continue }
                    path.append((top.name, reference))
                    onPath[reference.name] = path.count
                    stack.append((reference.name, 0))
                } else {
                    stack.removeLast()
                    onPath[top.name] = nil
                    finished.insert(top.name)
                    if !path.isEmpty { path.removeLast() }
                }
            }
        }
        return nil
    }
}
