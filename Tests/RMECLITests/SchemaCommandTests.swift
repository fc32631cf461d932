import Foundation
import Testing
import TestSupport
import Validation
@testable import RMECLI

/// `rme schema`: the JSON Schema's shape, and what a real validator makes of it.
@Suite("rme schema")
struct SchemaCommandTests {
    /// The printed JSON Schema, parsed.
    func jsonSchema(_ extra: [String] = []) async throws -> [String: Any] {
        let run = await runCapturing(["schema", "--json-schema"] + extra)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test("draft 2020-12 shape: $schema, $id, title, type, properties in the schema's order, required, additionalProperties")
    func shape() async throws {
        let root = try await jsonSchema()
        #expect(root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((root["$id"] as? String)?.hasPrefix("urn:") == true)
        #expect(root["title"] as? String == "Encabezado de una experiencia RME")
        #expect(root["type"] as? String == "object")
        #expect(root["additionalProperties"] as? Bool == false)

        let schema = Schema.builtIn
        let properties = try #require(root["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == Set(schema.fields.map(\.name)))
        #expect(root["required"] as? [String] == schema.fields.filter(\.required).map(\.name))
        for field in schema.fields {
            #expect(properties[field.name]?["description"] as? String == field.guide)
        }
        // Order as printed: the keys appear in the schema's order.
        let run = await runCapturing(["schema", "--json-schema"])
        let offsets = schema.fields.compactMap { run.stdout.range(of: "\n    \"\($0.name)\": {")?.lowerBound }
        #expect(offsets.count == schema.fields.count)
        #expect(offsets == offsets.sorted())
    }

    @Test("types, year bounds, list bounds, lengths and closed lists")
    func properties() async throws {
        let properties = try #require(try await jsonSchema()["properties"] as? [String: [String: Any]])
        let desde = try #require(properties["desde"])
        #expect(desde["type"] as? String == "integer")
        #expect(desde["minimum"] as? Int == 2014)
        #expect(desde["maximum"] as? Int == CurrentYear.now)

        let red = try #require(properties["red"])
        #expect(red["type"] as? String == "string")
        #expect(red["maxLength"] as? Int == Schema.builtIn.field("red")?.maxCharacters)

        let establecimientos = try #require(properties["establecimientos"])
        #expect(establecimientos["type"] as? String == "array")
        #expect(establecimientos["minItems"] as? Int == 1)
        #expect(establecimientos["maxItems"] as? Int == Schema.builtIn.field("establecimientos")?.maxItems)

        let region = try #require(properties["region"])
        let branches = try #require(region["anyOf"] as? [[String: Any]])
        #expect(branches.first?["enum"] as? [String] == Schema.builtIn.regions.map(\.region.name))
        #expect(branches.last?["pattern"] is String)

        let niveles = try #require(properties["niveles"]?["items"] as? [String: Any])
        let nivelBranches = try #require(niveles["anyOf"] as? [[String: Any]])
        #expect((nivelBranches.first?["enum"] as? [String])?.contains("media técnico profesional") == true)
    }

    @Test("the spelling patterns accept what the checker accepts and refuse other words", arguments: [
        ("Tarapacá", true), ("tarapaca", true), ("TARAPACA", true), ("Región de Tarapacá", true),
        ("Región del Biobío", true), ("Bío-Bío", true), ("bio bio", true), ("O’Higgins", true), ("ohiggins", true),
        ("rm", true), ("Los Rios:", true), ("Concepción", false), ("Tarapacá norte", false), ("", false),
    ])
    func regionPattern(text: String, accepted: Bool) throws {
        let schema = Schema.builtIn
        let spellings = schema.regions.flatMap { [$0.region.name, $0.region.slug] + $0.accepted }
        let pattern = SpellingPattern.pattern(for: spellings, regionPrefix: true)
        let expression = try NSRegularExpression(pattern: pattern)
        let matched = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        #expect(matched == accepted)
        // Whatever the pattern accepts, the checker maps to a region.
        if accepted { #expect(schema.region(matching: text) != nil) }
    }

    @Test("without --json-schema: the schema in words, Spanish or English")
    func description() async {
        let spanish = await runCapturing(["schema"])
        #expect(spanish.status == 0)
        #expect(spanish.stdout.contains("Encabezado (entre las líneas ---):"))
        #expect(spanish.stdout.contains("  desde: año, obligatoria, 2014–\(CurrentYear.now)"))
        #expect(spanish.stdout.contains("  ## Conformación: párrafos, obligatoria"))
        let english = await runCapturing(["schema", "--lang", "en"])
        #expect(english.stdout.contains("  desde: year, required, 2014–\(CurrentYear.now)"))
        #expect(english.stdout.contains("Body sections (## headings), in this order:"))
    }

    @Test("a broken --esquema is reported with its line and nothing is printed on stdout")
    func brokenSchema() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("schema.yaml", "version: 2\n")
        let run = await runCapturing(["schema", "--json-schema", "--esquema", path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("\(path):1:"))
    }

    @Test("the help explains how to use the JSON Schema in VS Code")
    func help() async {
        let run = await runCapturing(["schema", "--help"])
        #expect(run.stdout.contains("# yaml-language-server: $schema="))
    }

    @Test(
        "Python's jsonschema: the schema is valid 2020-12, the 15 real experiences pass, a fresh skeleton and bad values fail",
        .enabled(if: PythonValidator.isAvailable, Comment(rawValue: PythonValidator.absentReason))
    )
    func pythonValidation() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let schemaPath = try folder.write("experiencia.schema.json", await runCapturing(["schema", "--json-schema"]).stdout)

        let experiences = try FileManager.default.contentsOfDirectory(atPath: CheckFixtures.realEdition + "/experiencias")
            .filter { $0.hasSuffix(".md") }.sorted()
            .map { CheckFixtures.realEdition + "/experiencias/" + $0 }
        #expect(experiences.count == 15)
        let real = try PythonValidator.failingKeys(schema: schemaPath, files: experiences)
        #expect(real.count == 15)
        for (file, keys) in real { #expect(keys.isEmpty, "\(file) fails the JSON Schema at \(keys)") }

        let skeleton = ExperienceSkeleton(
            schema: .builtIn, region: try #require(Schema.builtIn.region(matching: "aysen")), network: nil)
        let bad = """
            ---
            region: tarapaka
            provincia: Iquique
            red: "   "
            desde: 2013
            dependencia: [municipal]
            niveles: [basica]
            integrantes: [directores]
            establecimientos: []
            comuna: [Iquique]
            ---
            """
        let good = """
            ---
            region: Región del Bío-Bío
            provincia: Concepción
            red: Red
            desde: 2016
            dependencia: [MUNICIPAL]
            niveles: [basica, media tp]
            integrantes: [directores]
            establecimientos: [Escuela]
            ---
            """
        let files = [
            try folder.write("esqueleto.md", skeleton.text),
            try folder.write("mala.md", bad),
            try folder.write("buena.md", good),
        ]
        let failing = try PythonValidator.failingKeys(schema: schemaPath, files: files)
        // Every guide left in the front matter is flagged; region is filled in.
        #expect(failing[files[0]] == Set(Schema.builtIn.fields.map(\.name).filter { $0 != "region" }))
        // A misspelt region, a blank text, a year too early, an empty list, an unknown key (reported at the root).
        #expect(failing[files[1]] == ["region", "red", "desde", "establecimientos", ""])
        #expect(failing[files[2]] == [])
    }
}

/// Runs Python's `jsonschema` (with PyYAML for the front matter) when the machine has them.
enum PythonValidator {
    static let isAvailable: Bool = (try? run(["-c", "import jsonschema, yaml"]).status) == 0

    static let absentReason =
        "python3 with the jsonschema and PyYAML packages was not found: the JSON Schema is not checked by an outside validator"

    /// The script: checks the schema against the 2020-12 meta-schema, then prints one JSON line per
    /// file: its path and the top-level keys whose values fail (an empty name for the object itself).
    static let script = """
        import json, sys, yaml
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        for path in sys.argv[2:]:
            text = open(path, encoding="utf-8").read().replace("\\r\\n", "\\n")
            front = text.split("\\n---", 1)[0][len("---\\n"):]
            errors = validator.iter_errors(yaml.safe_load(front))
            keys = sorted({str(error.path[0]) if error.path else "" for error in errors})
            print(json.dumps({"path": path, "keys": keys}))
        """

    /// The failing top-level keys of each file; throws when Python fails (an invalid schema included).
    static func failingKeys(schema: String, files: [String]) throws -> [String: Set<String>] {
        let result = try run(["-c", script, schema] + files)
        guard result.status == 0 else { throw Failure(output: result.output) }
        var keys: [String: Set<String>] = [:]
        for line in result.output.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let path = object["path"] as? String, let failing = object["keys"] as? [String]
            else { throw Failure(output: result.output) }
            keys[path] = Set(failing)
        }
        return keys
    }

    struct Failure: Error, CustomStringConvertible {
        let output: String
        var description: String { "python3 failed: \(output)" }
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
