import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Validation

/// The compiled-in schema is a copy of `Content/schema.yaml`: generated from it, and checked against it here.
@Suite("Built-in schema")
struct SchemaBuiltInTests {
    static let schemaFile = Repository.content.appendingPathComponent("schema.yaml")
    static let swiftFile = Repository.root.appendingPathComponent("Sources/Validation/Schema/BuiltInSchemaText.swift")

    /// The Swift source that embeds a schema text (the generator of `BuiltInSchemaText.swift`).
    static func swiftSource(embedding text: String) -> String {
        """
        // Generated from Content/schema.yaml: do not edit by hand.
        // Regenerate with `RME_RECORD_SCHEMA=1 swift test --filter SchemaBuiltInTests`.

        /// The text of `Content/schema.yaml`, compiled in as the built-in default.
        enum BuiltInSchemaText {
            static let yaml = #\"\"\"

        """ + text + "\n\"\"\"#\n}\n"
    }

    @Test("BuiltInSchemaText.swift is generated from Content/schema.yaml (RME_RECORD_SCHEMA=1 regenerates it)")
    func embeddedTextIsTheFile() throws {
        let text = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        let expected = Self.swiftSource(embedding: text)
        if ProcessInfo.processInfo.environment["RME_RECORD_SCHEMA"] == "1" {
            try expected.write(to: Self.swiftFile, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: Self.swiftFile, encoding: .utf8)
        #expect(actual == expected, "BuiltInSchemaText.swift differs from Content/schema.yaml: run RME_RECORD_SCHEMA=1 swift test --filter SchemaBuiltInTests")
        #expect(BuiltInSchemaText.yaml == text)
    }

    @Test("the file on disk and the built-in default give identical schemas")
    func fileAndBuiltInAgree() {
        let fromFile = SchemaLoader.load(contentRoot: Repository.content.path)
        #expect(fromFile.diagnostics.isEmpty)
        #expect(fromFile.usesBuiltIn == false)
        #expect(fromFile.schema == Schema.builtIn)
    }

    @Test("the built-in text reads with no diagnostic at all")
    func builtInReadsCleanly() {
        let parsed = SchemaLoader.parse(text: BuiltInSchemaText.yaml, file: "built-in")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.schema != nil)
    }

    @Test("a content root without schema.yaml uses the built-in default and says so")
    func absentFileFallsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rme-schema-absent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = SchemaLoader.load(contentRoot: folder.path)
        #expect(result.usesBuiltIn)
        #expect(result.path == nil)
        #expect(result.diagnostics.isEmpty)
        #expect(result.schema == Schema.builtIn)
    }
}
