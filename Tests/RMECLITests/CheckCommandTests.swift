import Foundation
import Testing
import TestSupport
@testable import RMECLI

/// `rme check` in process: paths, formats, exit statuses, `--strict`, languages, colour.
@Suite("rme check")
struct CheckCommandTests {
    /// Parses `--format json` output as the array of objects it must be.
    func diagnostics(_ run: CLIRun) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        return try #require(value as? [[String: Any]])
    }

    @Test("the real 2015-2017 edition: exit 0, nothing but warnings, and the summary counts its 20 files")
    func realEdition() async throws {
        let run = await runCapturing(["check", CheckFixtures.realEdition])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(!run.stderr.contains("error["))
        #expect(run.stderr.hasSuffix(" en 20 archivos.\n"))
    }

    @Test("the real edition as JSON: only warnings, the source's own mismatches among them (Arica, Los Ríos)")
    func realEditionJSON() async throws {
        let run = await runCapturing(["check", CheckFixtures.realEdition, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let objects = try diagnostics(run)
        #expect(objects.allSatisfy { $0["severity"] as? String == "warning" })
        let files = Set(objects.compactMap { ($0["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } })
        #expect(files.isSuperset(of: ["arica-y-parinacota.md", "los-rios.md"]))
    }

    @Test("the content root checks every edition under it")
    func contentRoot() async {
        let run = await runCapturing(["check", Repository.content.path])
        #expect(run.status == 0)
        #expect(run.stderr.hasSuffix(" en 20 archivos.\n"))
    }

    @Test("an edition with errors: exit 1, each problem at file:line:column, the summary last")
    func editionWithErrors() async {
        let run = await runCapturing(["check", CheckFixtures.editionWithErrors])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("/experiencias/tarapaca.md:35:33: error[safety.raw-html]: "))
        #expect(run.stderr.contains("/experiencias/coquimbo.md:20:1: error[body.heading-level]: "))
        #expect(run.stderr.contains("/experiencias/atacama.md:16:46: advertencia[cross-check.school-count]: "))
        let summary = run.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasSuffix(" en 4 archivos."))
        #expect(summary.contains("errores"))
    }

    @Test("warnings alone exit 0; --strict turns them into errors, in the text and in the status")
    func strict() async throws {
        let lenient = await runCapturing(["check", CheckFixtures.warningsOnly])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("advertencia[cross-check.school-count]"))
        #expect(!lenient.stderr.contains("error["))

        let strict = await runCapturing(["check", CheckFixtures.warningsOnly, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error[cross-check.school-count]"))
        #expect(!strict.stderr.contains("advertencia["))
        #expect(strict.stderr.hasSuffix("1 error en 1 archivo.\n"))

        let json = await runCapturing(["check", CheckFixtures.warningsOnly, "--strict", "--format", "json"])
        #expect(json.status == 1)
        #expect(try diagnostics(json).allSatisfy { $0["severity"] as? String == "error" })
    }

    @Test("--format json: one array on stdout, nothing on stderr, the nine keys, messages in the chosen language")
    func json() async throws {
        let spanish = await runCapturing(["check", CheckFixtures.editionWithErrors, "--format", "json"])
        #expect(spanish.status == 1)
        #expect(spanish.stderr == "")
        let objects = try diagnostics(spanish)
        #expect(!objects.isEmpty)
        for object in objects {
            #expect(Set(object.keys) == Set(JSONPrinterTests.keys))
        }
        let rawHTML = try #require(objects.first {
            $0["code"] as? String == "safety.raw-html" && ($0["file"] as? String)?.hasSuffix("/tarapaca.md") == true
        })
        #expect(rawHTML["line"] as? Int == 35)
        #expect(rawHTML["column"] as? Int == 33)
        #expect((rawHTML["message"] as? String)?.contains("HTML") == true)

        let english = await runCapturing(["check", CheckFixtures.editionWithErrors, "--format", "json", "--lang", "en"])
        let englishObjects = try diagnostics(english)
        #expect(englishObjects.count == objects.count)
        #expect(englishObjects.map { $0["code"] as? String } == objects.map { $0["code"] as? String })
        #expect(englishObjects.map { $0["message"] as? String } != objects.map { $0["message"] as? String })
    }

    @Test("--lang en and LANG=en: English severity words and summary", arguments: [
        (["--lang", "en"], [:]),
        ([], ["LANG": "en_GB.UTF-8"]),
    ] as [([String], [String: String])])
    func english(extra: [String], environment: [String: String]) async {
        let run = await runCapturing(["check", CheckFixtures.warningsOnly] + extra, environment: environment)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning[cross-check.school-count]"))
        #expect(run.stderr.contains("  = help: "))
        #expect(run.stderr.hasSuffix("1 warning in 1 file.\n"))
    }

    @Test("a path that does not exist: exit 2 and a Spanish message naming it")
    func missingPath() async {
        let run = await runCapturing(["check", "/no/existe/Content"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("rme: no existe «/no/existe/Content»"))
        let english = await runCapturing(["check", "/no/existe/Content", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("rme: «/no/existe/Content» does not exist"))
    }

    @Test("a file that is not Markdown, a folder with nothing to check, a missing --esquema: exit 2")
    func otherUsageFailures() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let yaml = try folder.write("edition.yaml", "id: x\n")
        #expect(await runCapturing(["check", yaml]).status == 2)
        let empty = folder.url.appendingPathComponent("vacia").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let emptyRun = await runCapturing(["check", empty])
        #expect(emptyRun.status == 2)
        #expect(emptyRun.stderr.contains("no hay ediciones ni archivos .md"))
        let schemaRun = await runCapturing(["check", CheckFixtures.warningsOnly, "--esquema", "/no/existe/schema.yaml"])
        #expect(schemaRun.status == 2)
        #expect(schemaRun.stderr.contains("no existe el archivo de esquema"))
    }

    @Test("an unknown --format value is a usage error (exit 2)")
    func badFormat() async {
        let run = await runCapturing(["check", CheckFixtures.warningsOnly, "--format", "xml"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(!run.stderr.isEmpty)
    }

    @Test("a file named twice, or inside an edition also named, is checked once")
    func repeatsAreCheckedOnce() async throws {
        let once = await runCapturing(["check", CheckFixtures.editionWithErrors, "--format", "json"])
        let twice = await runCapturing(["check", CheckFixtures.editionWithErrors, CheckFixtures.warningsOnly, CheckFixtures.editionWithErrors, "--format", "json"])
        #expect(try diagnostics(twice).count == diagnostics(once).count)
        let text = await runCapturing(["check", CheckFixtures.warningsOnly, CheckFixtures.warningsOnly])
        #expect(text.stderr.hasSuffix("1 advertencia en 1 archivo.\n"))
    }

    @Test("loose files in a folder that is not an edition are checked one by one")
    func folderOfLooseFiles() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = try String(contentsOfFile: CheckFixtures.warningsOnly, encoding: .utf8)
        _ = try folder.write("uno.md", source)
        _ = try folder.write("dos.md", source)
        let run = await runCapturing(["check", folder.url.path])
        #expect(run.status == 0)
        #expect(run.stderr.hasSuffix("2 advertencias en 2 archivos.\n"))
    }

    @Test("a broken schema.yaml beside the editions is reported with its line, and is an error")
    func brokenSchema() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let edition = folder.url.appendingPathComponent("2015-2017/experiencias")
        try FileManager.default.createDirectory(at: edition, withIntermediateDirectories: true)
        let source = try String(contentsOfFile: CheckFixtures.warningsOnly, encoding: .utf8)
        _ = try folder.write("2015-2017/experiencias/atacama.md", source)
        _ = try folder.write("schema.yaml", "version: 1\nregiones: [\n")
        let run = await runCapturing(["check", folder.url.path, "--format", "json"])
        #expect(run.status == 1)
        let schemaProblems = try diagnostics(run).filter { ($0["code"] as? String)?.hasPrefix("schema.") == true }
        #expect(!schemaProblems.isEmpty)
        #expect(schemaProblems.allSatisfy { ($0["file"] as? String)?.hasSuffix("schema.yaml") == true })
        #expect(schemaProblems.contains { $0["line"] is Int })
    }

    @Test("colour: escape codes on a terminal, none with NO_COLOR or when not a terminal", arguments: [
        (true, [:], true),
        (true, ["NO_COLOR": "1"], false),
        (false, [:], false),
    ] as [(Bool, [String: String], Bool)])
    func colour(terminal: Bool, environment: [String: String], coloured: Bool) async {
        let run = await runCapturing(["check", CheckFixtures.editionWithErrors], environment: environment, stderrIsTerminal: terminal)
        #expect(run.status == 1)
        #expect(hasEscapeCodes(run.stderr) == coloured)
        #expect(!hasEscapeCodes(run.stdout))
    }

    @Test("JSON output never carries colour, even on a terminal")
    func jsonWithoutColour() async throws {
        let run = await runCapturing(["check", CheckFixtures.editionWithErrors, "--format", "json"], stderrIsTerminal: true)
        #expect(!hasEscapeCodes(run.stdout))
        #expect(try !diagnostics(run).isEmpty)
    }
}

/// The help and usage errors of the three commands, in both languages.
@Suite("rme check/new/schema help")
struct CheckHelpTests {
    /// Help text with its line wrapping undone, so phrases can be looked for whatever the width.
    func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("rme check --help in Spanish: arguments, exit statuses, ArgumentParser's own words translated")
    func checkHelpSpanish() async {
        let run = await runCapturing(["check", "--help"])
        #expect(run.status == 0)
        let text = flattened(run.stdout)
        #expect(text.contains("USO: rme check [<ruta> ...] [--format <text|json>] [--strict] [--esquema <schema.yaml>]"))
        #expect(text.contains("Estado de salida: 0 sin errores"))
        #expect(text.contains("(valores: text, json; por omisión: text)"))
        #expect(!text.contains("values:"))
        #expect(!text.contains("default:"))
    }

    @Test("rme check --help --lang en")
    func checkHelpEnglish() async {
        let text = flattened(await runCapturing(["check", "--help", "--lang", "en"]).stdout)
        #expect(text.contains("USAGE: rme check"))
        #expect(text.contains("Exit status: 0 no errors"))
        #expect(text.contains("(values: text, json; default: text)"))
    }

    @Test("the root help lists check, new and schema in both languages")
    func rootHelp() async {
        let spanish = await runCapturing(["--help"]).stdout
        #expect(spanish.contains("Revisa las experiencias contra el esquema"))
        #expect(spanish.contains("Crea el archivo de una experiencia nueva"))
        #expect(spanish.contains("Muestra el esquema"))
        let english = await runCapturing(["--help", "--lang", "en"]).stdout
        #expect(english.contains("Checks the experiences against the schema"))
        #expect(english.contains("Creates a new experience file"))
        #expect(english.contains("Shows the schema"))
    }

    @Test("usage errors are in Spanish: a bad --format value, a misspelt flag, a missing region")
    func usageErrorsSpanish() async {
        let format = await runCapturing(["check", "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("El valor 'xml' no es válido para '--format <text|json>'. Use uno de estos: 'text' y 'json'."))
        let flag = await runCapturing(["check", "--strcit"])
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("Opción desconocida '--strcit'. ¿Quiso decir '--strict'?"))
        let region = await runCapturing(["new"])
        #expect(region.status == 2)
        #expect(region.stderr.contains("Falta el argumento '<región>'"))
    }
}
