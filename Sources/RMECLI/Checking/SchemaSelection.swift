import Diagnostics
import Foundation
import Validation

/// The schemas in force for one command: the file named with `--esquema`, or each content root's `schema.yaml`.
///
/// Each schema is read once, however many editions share it, so its own
/// diagnostics are reported once.
struct SchemaSelection {
    /// A schema and what was wrong with its file.
    struct Loaded {
        let schema: Schema
        let diagnostics: [Diagnostic]
    }

    private let explicit: Loaded?
    private var byRoot: [String: Loaded] = [:]
    private var order: [String] = []

    /// Reads the `--esquema` file now, when given; a missing one is a usage error (exit 2).
    init(explicitPath: String?) throws(CommandFailure) {
        guard let explicitPath else {
            explicit = nil
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: explicitPath, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no existe el archivo de esquema «\(explicitPath)».",
                en: "rme: the schema file «\(explicitPath)» does not exist."
            ))
        }
        let result = SchemaLoader.load(path: explicitPath)
        explicit = Loaded(schema: result.schema, diagnostics: result.diagnostics)
    }

    /// A selection without `--esquema`: each content root's `schema.yaml`.
    static func forContentRoot() -> SchemaSelection {
        SchemaSelection(explicit: nil)
    }

    private init(explicit: Loaded?) {
        self.explicit = explicit
    }

    /// The schema for files under a content root: `--esquema`, else the root's `schema.yaml`, else the built-in one.
    mutating func schema(forContentRoot root: String?) -> Schema {
        if let explicit { return explicit.schema }
        guard let root else { return .builtIn }
        let key = CheckTargets.canonicalPath(root)
        if let loaded = byRoot[key] { return loaded.schema }
        let result = SchemaLoader.load(contentRoot: root)
        byRoot[key] = Loaded(schema: result.schema, diagnostics: result.diagnostics)
        order.append(key)
        return result.schema
    }

    /// The problems of every schema file read so far.
    var diagnostics: [Diagnostic] {
        (explicit?.diagnostics ?? []) + order.flatMap { byRoot[$0]?.diagnostics ?? [] }
    }
}
