import Diagnostics
import Foundation
import Validation
import Testing
@testable import RMECLI
@testable import Reporting

/// The human report: header, excerpt with caret, hint, summary, colour and language.
@Suite("DiagnosticPrinter")
struct DiagnosticPrinterTests {
    static let text = "---\nregin: Tarapacá\nred: Red\n---\n"

    @Test("a diagnostic with a range: header, numbered line, ^~~~ under the range, hint (Spanish)")
    func spanishBlock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("tarapaca.md", Self.text)
        let capture = CapturingContext()
        DiagnosticPrinter.print([sampleDiagnostic(file: file, (2, 1), (2, 5))], fileCount: 1, strict: false, in: capture.context)
        #expect(capture.err.contents == """
            \(file):2:1: error[front-matter.unknown-key]: la clave «regin» no existe
              2 | regin: Tarapacá
                | ^~~~~
              = ayuda: ¿quiso decir «region»?

            1 error en 1 archivo.

            """)
        #expect(capture.out.contents == "")
    }

    @Test("English words: warning, help, and the English summary")
    func englishBlock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("tarapaca.md", Self.text)
        let capture = CapturingContext(language: .en)
        let diagnostic = sampleDiagnostic(file: file, (3, 6), (3, 8), severity: .warning)
        DiagnosticPrinter.print([diagnostic], fileCount: 15, strict: false, in: capture.context)
        #expect(capture.err.contents == """
            \(file):3:6: warning[front-matter.unknown-key]: the key «regin» does not exist
              3 | red: Red
                |      ^~~
              = help: did you mean «region»?

            1 warning in 15 files.

            """)
    }

    @Test("a diagnostic without a line names the file only and shows no excerpt")
    func withoutLine() {
        let capture = CapturingContext()
        let diagnostic = sampleDiagnostic(file: "vacio.md", nil, code: "input.empty", es: "el archivo está vacío", hintES: nil)
        let text = DiagnosticPrinter(context: capture.context).render(diagnostic)
        #expect(text == "vacio.md: error[input.empty]: el archivo está vacío\n")
    }

    @Test("a diagnostic without a file starts with the severity")
    func withoutFile() {
        let capture = CapturingContext()
        let diagnostic = sampleDiagnostic(file: nil, nil, code: "schema.invalid", es: "esquema inválido", hintES: nil)
        #expect(DiagnosticPrinter(context: capture.context).render(diagnostic) == "error[schema.invalid]: esquema inválido\n")
    }

    @Test("a file that cannot be read still gets its header and hint")
    func unreadableFile() {
        let capture = CapturingContext()
        let text = DiagnosticPrinter(context: capture.context).render(sampleDiagnostic(file: "/no/existe.md", (4, 2)))
        #expect(text == "/no/existe.md:4:2: error[front-matter.unknown-key]: la clave «regin» no existe\n  = ayuda: ¿quiso decir «region»?\n")
    }

    @Test("a range over several lines gets a single caret")
    func multiLineRange() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("a.md", Self.text)
        let capture = CapturingContext()
        let text = DiagnosticPrinter(context: capture.context).render(sampleDiagnostic(file: file, (2, 8), (3, 4), hintES: nil))
        #expect(text.hasSuffix("  2 | regin: Tarapacá\n    |        ^\n"))
    }

    @Test("the gutter widens with the line number")
    func wideGutter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lines = (1...120).map { "línea \($0)" }.joined(separator: "\n")
        let file = try folder.write("largo.md", lines)
        let capture = CapturingContext()
        let text = DiagnosticPrinter(context: capture.context).render(sampleDiagnostic(file: file, (117, 7), (117, 9), hintES: nil))
        #expect(text.hasSuffix("  117 | línea 117\n      |       ^~~\n"))
    }

    @Test("CRLF files and a BOM: the line is shown without its terminator or the mark")
    func crlfAndBOM() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("crlf.md", [0xEF, 0xBB, 0xBF] + Array("---\r\nregin: X\r\n---\r\n".utf8))
        let capture = CapturingContext()
        let text = DiagnosticPrinter(context: capture.context).render(sampleDiagnostic(file: file, (2, 1), (2, 5), hintES: nil))
        #expect(text.hasSuffix("  2 | regin: X\n    | ^~~~~\n"))
    }

    @Test("--strict prints warnings as errors and counts them as errors")
    func strictPromotes() {
        let capture = CapturingContext()
        let diagnostics = [
            sampleDiagnostic(file: "a.md", nil, severity: .warning, code: "body.words", es: "muchas palabras", hintES: nil),
            sampleDiagnostic(file: "b.md", nil, severity: .error, code: "body.missing", es: "falta", hintES: nil),
        ]
        let report = DiagnosticPrinter(context: capture.context).report(diagnostics, fileCount: 2, strict: true)
        #expect(report == "a.md: error[body.words]: muchas palabras\n\nb.md: error[body.missing]: falta\n\n2 errores en 2 archivos.\n")
        let lenient = DiagnosticPrinter(context: capture.context).report(diagnostics, fileCount: 2, strict: false)
        #expect(lenient.contains("a.md: advertencia[body.words]: muchas palabras"))
        #expect(lenient.hasSuffix("1 error y 1 advertencia en 2 archivos.\n"))
    }

    @Test("colour only on a terminal without NO_COLOR or TERM=dumb", arguments: [
        (true, [:], true),
        (true, ["NO_COLOR": "1"], false),
        (true, ["TERM": "dumb"], false),
        (false, [:], false),
    ] as [(Bool, [String: String], Bool)])
    func colour(terminal: Bool, environment: [String: String], coloured: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("a.md", Self.text)
        let capture = CapturingContext(environment: environment, stderrIsTerminal: terminal)
        let diagnostics = [sampleDiagnostic(file: file, (2, 1), (2, 5)), sampleDiagnostic(file: file, (3, 1), severity: .warning)]
        DiagnosticPrinter.print(diagnostics, fileCount: 1, strict: false, in: capture.context)
        let output = capture.err.contents
        #expect(hasEscapeCodes(output) == coloured)
        if coloured {
            #expect(output.contains("\u{1B}[1;31merror[front-matter.unknown-key]:\u{1B}[0m"))
            #expect(output.contains("\u{1B}[1;33madvertencia[front-matter.unknown-key]:\u{1B}[0m"))
            #expect(output.contains("\u{1B}[1;36m= ayuda:\u{1B}[0m"))
            #expect(output.contains("\u{1B}[1;31m^~~~~\u{1B}[0m"))
        }
    }

    @Test("escape sequences and bidi overrides in the file or the message never reach the terminal")
    func untrustedTextIsNeutralised() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("a.md", "---\nred: \u{1B}[2J\u{202E}abc\n---\n")
        let capture = CapturingContext(stderrIsTerminal: false)
        let diagnostic = sampleDiagnostic(file: file, (2, 6), es: "valor «\u{1B}]0;título\u{07}»", hintES: "sin \u{2066}control")
        let text = DiagnosticPrinter(context: capture.context).render(diagnostic)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E || $0.value == 0x2066 })
        // One replacement per removed character, so the caret still points at the ESC's column.
        #expect(text.contains("  2 | red: \u{FFFD}[2J\u{FFFD}abc\n    |      ^\n"))
    }
}

/// Issue 9, item 5: a report shows the line a problem was found in, never a line of a newer version of the file.
@Suite("DiagnosticPrinter and the text checked")
struct DiagnosticPrinterSourceDigestTests {
    static let file = "---\nregin: Tarapacá\nred: Red\n---\n"

    /// The unknown-key diagnostic the real checker finds in `file`, and the path it wrote the file to.
    func checked(in folder: TemporaryFolder) async throws -> (path: String, diagnostic: Diagnostic) {
        let path = try folder.write("tarapaca.md", Self.file)
        let settings = CheckSettings(schema: .builtIn, currentYear: 2025)
        let found = try await Checker.check(files: [path], settings: settings)
        let diagnostic = try #require(found.first { $0.code == "front-matter.unknown-key" }, "no unknown-key diagnostic in \(found)")
        return (path, diagnostic)
    }

    @Test("the checker stamps each diagnostic with the digest of the bytes it read")
    func stamped() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (_, diagnostic) = try await checked(in: folder)
        #expect(diagnostic.sourceDigest == Digest(of: Array(Self.file.utf8)))
    }

    @Test("unchanged since the check: the excerpt is shown")
    func unchanged() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (_, diagnostic) = try await checked(in: folder)
        let text = DiagnosticPrinter(context: CapturingContext().context).render(diagnostic)
        #expect(text.contains("  2 | regin: Tarapacá\n"), "\(text)")
    }

    @Test("saved again after the check: no excerpt from the new text, a note saying why")
    func changedAfterCheck() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (path, diagnostic) = try await checked(in: folder)
        // A line inserted above: line 2 is now another line, which must not be shown under the old finding.
        try Data("---\ntitulo: Nuevo\nregin: Tarapacá\nred: Red\n---\n".utf8).write(to: URL(fileURLWithPath: path))
        let spanish = DiagnosticPrinter(context: CapturingContext().context).render(diagnostic)
        #expect(!spanish.contains(" | "), "an excerpt was shown from the newer file: \(spanish)")
        #expect(spanish.contains("= nota: el archivo cambió después de revisarlo"), "\(spanish)")
        let english = DiagnosticPrinter(context: CapturingContext(language: .en).context).render(diagnostic)
        #expect(english.contains("= note: the file changed after it was checked"), "\(english)")
    }

    @Test("saved again after the check, but its checked bytes given: the excerpt comes from them, not from the disk; given bytes of another digest show none")
    func knownTextAfterCheck() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (path, diagnostic) = try await checked(in: folder)
        let newer = Array("---\ntitulo: Nuevo\nregin: Tarapacá\nred: Red\n---\n".utf8)
        try Data(newer).write(to: URL(fileURLWithPath: path))
        let checkedBytes = Array(Self.file.utf8)
        let context = CapturingContext().context
        let known = DiagnosticPrinter(context: context, known: [path: CheckedText(bytes: checkedBytes, digest: Digest(of: checkedBytes))])
            .render(diagnostic)
        #expect(known.contains("  2 | regin: Tarapacá\n"), "\(known)")
        let wrong = DiagnosticPrinter(context: context, known: [path: CheckedText(bytes: newer, digest: Digest(of: newer))]).render(diagnostic)
        #expect(!wrong.contains(" | "), "an excerpt was shown from bytes of another digest: \(wrong)")
    }
}
