import Content
import Diagnostics
import Foundation

/// The schema in force and what was wrong with its file, if anything.
public struct SchemaLoadResult: Sendable {
    public let schema: Schema
    /// Problems of `schema.yaml` (codes `schema.*`), each with its line; empty when it was read cleanly or absent.
    public let diagnostics: [Diagnostic]
    /// The file read; `nil` when the built-in default is in force because there is no file.
    public let path: String?
    /// Whether the built-in default is in force (no file, or a file with errors).
    public let usesBuiltIn: Bool
}

/// Reads `Content/schema.yaml`, checks the file itself, and falls back to the built-in default.
public enum SchemaLoader {
    /// The schema file's name inside a content root.
    public static let fileName = "schema.yaml"

    /// The schema of a content root (`Content/`): its `schema.yaml`, or the built-in default when absent.
    public static func load(contentRoot: String) -> SchemaLoadResult {
        let path = contentRoot.hasSuffix("/") ? contentRoot + fileName : contentRoot + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else {
            return SchemaLoadResult(schema: .builtIn, diagnostics: [], path: nil, usesBuiltIn: true)
        }
        return load(path: path)
    }

    /// Reads one schema file. A file with any error is reported and the built-in default is used
    /// instead, so a broken schema never half-applies.
    public static func load(path: String) -> SchemaLoadResult {
        guard let file = InputFile.read(path: path) else {
            let diagnostic = Diagnostic(
                file: path, range: nil, severity: .error, code: "schema.unreadable",
                message: LocalizedText(es: "No se pudo leer el esquema.", en: "The schema could not be read."))
            return SchemaLoadResult(schema: .builtIn, diagnostics: [diagnostic], path: path, usesBuiltIn: true)
        }
        switch TextDecoder.decode(file.bytes, sizeLimit: LoadedDocument.defaultSizeLimit) {
        case .failure(let problem):
            let diagnostic = Diagnostic(
                file: path, range: InputProblemWording(problem).range, severity: .error, code: "schema.unreadable",
                message: LocalizedText(
                    es: "El esquema no es texto UTF-8 legible: \(InputProblemWording(problem).message.es)",
                    en: "The schema is not readable UTF-8 text: \(InputProblemWording(problem).message.en)"))
            return SchemaLoadResult(schema: .builtIn, diagnostics: [diagnostic], path: path, usesBuiltIn: true)
        case .success(let source):
            let text = String(decoding: source.bytes, as: UTF8.self)
            let parsed = parse(text: text, file: path)
            return SchemaLoadResult(schema: parsed.schema ?? .builtIn, diagnostics: parsed.diagnostics, path: path, usesBuiltIn: parsed.schema == nil)
        }
    }

    /// Composes and decodes schema text; `schema` is `nil` when the text has any error.
    public static func parse(text: String, file: String) -> (schema: Schema?, diagnostics: [Diagnostic]) {
        let yaml = YAMLComposer.compose(FrontMatterBlock(text: text, firstLine: 1, closingLine: nil))
        var diagnostics = yaml.findings.map { finding in
            let wording = YAMLFindingWording(finding, block: (es: "el esquema", en: "the schema"))
            return Diagnostic(
                file: file, range: wording.range, severity: .error, code: "schema.yaml-\(wording.code)",
                message: wording.message, hint: wording.hint)
        }
        guard let root = yaml.root else {
            if diagnostics.isEmpty {
                diagnostics.append(Diagnostic(
                    file: file, range: nil, severity: .error, code: "schema.empty",
                    message: LocalizedText(es: "El esquema está vacío.", en: "The schema is empty."),
                    hint: LocalizedText(
                        es: "Borre el archivo para usar el esquema incorporado, o cópielo desde `rme`.",
                        en: "Delete the file to use the built-in schema, or copy it from `rme`.")))
            }
            return (nil, diagnostics)
        }
        var decoding = SchemaDecoding(file: file)
        let schema = decoding.decode(root)
        diagnostics += decoding.diagnostics
        return (diagnostics.containsErrors ? nil : schema, diagnostics)
    }
}
