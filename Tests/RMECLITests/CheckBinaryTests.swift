import Foundation
import Testing
import TestSupport
@testable import RMECLI

/// `rme check`, `new` and `schema` run as the real executable: exit statuses and the split between stdout and stderr.
@Suite("rme check/new/schema binary", .enabled(if: RMEBinary.url != nil, RMEBinary.absentReason))
struct CheckBinaryTests {
    @Test("the real edition: exit 0, the report on stderr, stdout empty")
    func realEdition() throws {
        let result = try RMEBinary.run(["check", CheckFixtures.realEdition])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr.hasSuffix(" en 20 archivos.\n"))
        #expect(!hasEscapeCodes(result.stderr))
    }

    @Test("errors: exit 1; --format json: only the JSON array on stdout")
    func errorsAndJSON() throws {
        let text = try RMEBinary.run(["check", CheckFixtures.editionWithErrors])
        #expect(text.status == 1)
        #expect(text.stderr.contains("error["))

        let json = try RMEBinary.run(["check", CheckFixtures.editionWithErrors, "--format", "json"], environment: ["LANG": "en_US.UTF-8"])
        #expect(json.status == 1)
        #expect(json.stderr == "")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.isEmpty == false)
    }

    @Test("a relative path with no schema.yaml above it is checked against the built-in schema")
    func relativeLooseFile() throws {
        // Regression: Foundation's deletingLastPathComponent trapped on "." while looking for schema.yaml.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sub = folder.url.appendingPathComponent("demo")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let real = Repository.content.appendingPathComponent("2015-2017/experiencias/maule.md")
        try FileManager.default.copyItem(at: real, to: sub.appendingPathComponent("w.md"))
        let result = try RMEBinary.run(["check", "demo/w.md"], workingDirectory: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 archivo"))
    }

    @Test("usage and read failures: exit 2")
    func failures() throws {
        #expect(try RMEBinary.run(["check", "/no/existe"]).status == 2)
        #expect(try RMEBinary.run(["check", CheckFixtures.warningsOnly, "--format", "yaml"]).status == 2)
        #expect(try RMEBinary.run(["new"]).status == 2)
    }

    @Test("--strict: a file with warnings only exits 1")
    func strict() throws {
        #expect(try RMEBinary.run(["check", CheckFixtures.warningsOnly]).status == 0)
        #expect(try RMEBinary.run(["check", CheckFixtures.warningsOnly, "--strict"]).status == 1)
    }

    @Test("new writes a skeleton once, refuses the second time; schema --json-schema prints JSON")
    func newAndSchema() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let edition = folder.url.appendingPathComponent("2099").path
        try FileManager.default.createDirectory(atPath: edition, withIntermediateDirectories: true)
        let first = try RMEBinary.run(["new", "los rios", "--edicion", edition])
        #expect(first.status == 0)
        #expect(FileManager.default.fileExists(atPath: edition + "/experiencias/los-rios.md"))
        let second = try RMEBinary.run(["new", "los rios", "--edicion", edition])
        #expect(second.status == 2)
        #expect(second.stderr.contains("no sobrescribe"))

        let schema = try RMEBinary.run(["schema", "--json-schema"])
        #expect(schema.status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8))) is [String: Any])
    }
}
