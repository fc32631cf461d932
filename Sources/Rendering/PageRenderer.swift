import Diagnostics
import Mustache

/// What every page kind's view model offers: the template that draws it and the values it reads.
protocol PageView {
    /// The template's name in the library (its path under `Templates/` without `.mustache`).
    static var template: String { get }
    /// The values the template reads, as Mustache context (strings, numbers, booleans, arrays, dictionaries).
    var context: [String: Any] { get }
}

/// Renders view models with the shared, already-parsed templates; the strings table is in scope as `t`.
struct PageRenderer: Sendable {
    let templates: TemplateLibrary
    let strings: StringsTable
    /// The strings table as Mustache sees it: `{{t.objetivo}}`.
    private let stringsContext: [String: String]

    /// A renderer over a parsed library, with the strings table turned into Mustache context once.
    init(templates: TemplateLibrary, strings: StringsTable) {
        self.templates = templates
        self.strings = strings
        var context: [String: String] = [:]
        for key in StringsTable.Key.allCases { context[key.rawValue] = strings[key] }
        self.stringsContext = context
    }

    /// The view's HTML (or CSS) drawn with its template.
    func render<View: PageView>(_ view: View) throws(RenderError) -> String {
        try render(template: View.template, context: view.context)
    }

    /// Draws `context` with the named template, the strings table added as `t`.
    func render(template name: String, context: [String: Any]) throws(RenderError) -> String {
        guard templates.templateNames.contains(name) else {
            throw RenderError(file: name + TemplateFolder.templateExtension, line: nil, message: LocalizedText(
                es: "falta la plantilla «\(name)\(TemplateFolder.templateExtension)» en la carpeta de plantillas",
                en: "the template \"\(name)\(TemplateFolder.templateExtension)\" is missing from the templates folder"))
        }
        var context = context
        context["t"] = stringsContext
        return templates.mustache.render(context, withTemplate: name) ?? ""
    }
}
