import Diagnostics
import Foundation
import Mustache

/// The templates and stylesheets in force: the project's `Templates/`, with files of an override folder taking precedence.
///
/// Templates (`*.mustache`) are parsed once here and shared read-only by every
/// render, so rendering chapters in parallel costs no reparsing.
public struct TemplateLibrary: Sendable {
    /// Every `*.mustache` file, keyed by its path without extension ("chapter", "css/page.css").
    let mustache: MustacheLibrary
    /// Names of the templates present, for checks before rendering.
    let templateNames: Set<String>
    /// Every other file (stylesheets), keyed by its relative path ("css/print.css").
    let assets: [String: [UInt8]]
    /// Where each template came from, for messages ("Templates/chapter.mustache").
    let origins: [String: String]
    /// Each template's bytes, keyed by name: what the build cache keys a page by.
    let templateBytes: [String: [UInt8]]
    /// The partials each template names, keyed by template name; `nil` for a template that names one at
    /// render time (`{{>*name}}`) or changes its delimiters, which may then reach any template.
    let partialNames: [String: [String]?]

    /// The templates built into `rme`, then the files of `projectTemplates` (when that folder exists) over
    /// them, then each file of `override` replacing the file with the same relative path, or else the only
    /// file with the same name. Without `includingBuiltIn`, the project folder alone (it must exist).
    public static func load(projectTemplates: String, override: String?, includingBuiltIn: Bool = true) throws(RenderError) -> TemplateLibrary {
        var files: [String: TemplateFolder.File]
        if includingBuiltIn {
            files = BuiltInTemplates.folder
            if TemplateFolder.exists(projectTemplates) {
                files = TemplateFolder.merge(files, overriddenBy: try TemplateFolder.read(projectTemplates))
            }
        } else {
            files = try TemplateFolder.read(projectTemplates)
        }
        if let override {
            let replacements = try TemplateFolder.read(override)
            files = TemplateFolder.merge(files, overriddenBy: replacements)
        }
        return try TemplateLibrary(files: files)
    }

    /// Builds a library from files already in memory, keyed by relative path.
    init(files: [String: TemplateFolder.File]) throws(RenderError) {
        HTMLEscaping.register
        var library = MustacheLibrary()
        var names = Set<String>()
        var assets: [String: [UInt8]] = [:]
        var origins: [String: String] = [:]
        var texts: [String: (text: String, origin: String)] = [:]
        var templateBytes: [String: [UInt8]] = [:]
        var partialNames: [String: [String]?] = [:]
        for key in files.keys.sorted() {
            let file = files[key]!
            if key.hasSuffix(TemplateFolder.templateExtension) {
                let name = String(key.dropLast(TemplateFolder.templateExtension.count))
                let text = try Self.text(of: file)
                library.register(try Self.parse(text, origin: file.origin), named: name)
                names.insert(name)
                origins[name] = file.origin
                texts[name] = (text, file.origin)
                templateBytes[name] = file.bytes
                partialNames[name] = PartialReferences.namesDynamicPartial(text)
                    ? nil : PartialReferences.references(in: text).map(\.name)
            } else {
                assets[key] = file.bytes
                origins[key] = file.origin
            }
        }
        try PartialReferences.check(texts, known: names)
        self.mustache = library
        self.templateNames = names
        self.assets = assets
        self.origins = origins
        self.templateBytes = templateBytes
        self.partialNames = partialNames
    }

    /// A template file's text, which must be UTF-8.
    private static func text(of file: TemplateFolder.File) throws(RenderError) -> String {
        guard let text = String(validating: file.bytes, as: UTF8.self) else {
            throw RenderError(file: file.origin, line: nil, message: LocalizedText(
                es: "la plantilla no está en UTF-8", en: "the template is not UTF-8"))
        }
        return text
    }

    /// Parses one template behind the escaping pragma, turning the parser's position into a `RenderError`
    /// naming file and line (of the file as written: the pragma line is not counted).
    private static func parse(_ text: String, origin: String) throws(RenderError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: HTMLEscaping.pragmaLine + text)
        } catch let error as MustacheTemplate.ParserError {
            let line = max(1, error.context.lineNumber - 1)
            throw RenderError(file: origin, line: line, message: TemplateSyntax.describe(error))
        } catch {
            throw RenderError(file: origin, line: nil, message: LocalizedText(
                es: "la plantilla no se pudo leer: \(error)", en: "the template could not be parsed: \(error)"))
        }
    }
}
