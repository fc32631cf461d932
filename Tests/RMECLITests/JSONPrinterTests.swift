import Diagnostics
import Foundation
import Testing
@testable import RMECLI
@testable import Reporting

/// `--format json`: one array, exactly nine keys in order, nulls where unknown, text that round-trips.
@Suite("JSONPrinter")
struct JSONPrinterTests {
    static let keys = ["file", "line", "column", "endLine", "endColumn", "severity", "code", "message", "hint"]

    /// Parses the printed text with Foundation's parser: it must be one array of objects.
    func parse(_ text: String) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [[String: Any]])
    }

    @Test("every key present, in the documented order, values and nulls right")
    func keysAndValues() throws {
        let capture = CapturingContext()
        let diagnostics = [
            sampleDiagnostic(file: "a.md", (12, 3), (12, 7)),
            sampleDiagnostic(file: "b.md", nil, severity: .warning, code: "edition.missing-region", es: "faltan regiones", hintES: nil),
        ]
        JSONPrinter(context: capture.context).print(diagnostics, strict: false)
        let text = capture.out.contents
        #expect(capture.err.contents == "")
        let objects = try parse(text)
        #expect(objects.count == 2)
        for object in objects { #expect(Set(object.keys) == Set(Self.keys)) }

        #expect(objects[0]["file"] as? String == "a.md")
        #expect(objects[0]["line"] as? Int == 12)
        #expect(objects[0]["column"] as? Int == 3)
        #expect(objects[0]["endLine"] as? Int == 12)
        #expect(objects[0]["endColumn"] as? Int == 7)
        #expect(objects[0]["severity"] as? String == "error")
        #expect(objects[0]["code"] as? String == "front-matter.unknown-key")
        #expect(objects[0]["message"] as? String == "la clave «regin» no existe")
        #expect(objects[0]["hint"] as? String == "¿quiso decir «region»?")

        for key in ["line", "column", "endLine", "endColumn", "hint"] {
            #expect(objects[1][key] is NSNull, "\(key) must be null")
        }
        #expect(objects[1]["severity"] as? String == "warning")

        // Key order as written (JSONSerialization forgets it): each line lists the keys in the documented order.
        let lines = text.split(separator: "\n").filter { $0.contains("{") }
        #expect(lines.count == 2)
        for line in lines {
            let positions = Self.keys.map { line.range(of: "\"\($0)\":")!.lowerBound }
            #expect(positions == positions.sorted())
        }
    }

    @Test("English messages with --lang en; severity words stay error/warning")
    func english() throws {
        let capture = CapturingContext(language: .en)
        let text = JSONPrinter(context: capture.context).render([sampleDiagnostic(file: "a.md", (1, 1), severity: .warning)], strict: false)
        let object = try #require(try parse(text).first)
        #expect(object["message"] as? String == "the key «regin» does not exist")
        #expect(object["hint"] as? String == "did you mean «region»?")
        #expect(object["severity"] as? String == "warning")
    }

    @Test("--strict reports warnings as errors")
    func strict() throws {
        let capture = CapturingContext()
        let text = JSONPrinter(context: capture.context).render([sampleDiagnostic(file: "a.md", nil, severity: .warning)], strict: true)
        #expect(try parse(text).first?["severity"] as? String == "error")
    }

    @Test("no diagnostics: an empty array")
    func empty() throws {
        let capture = CapturingContext()
        #expect(JSONPrinter(context: capture.context).render([], strict: false) == "[]\n")
        #expect(try parse("[]\n").isEmpty)
    }

    @Test("a diagnostic without a file has a null file")
    func nullFile() throws {
        let capture = CapturingContext()
        let text = JSONPrinter(context: capture.context).render([sampleDiagnostic(file: nil, nil)], strict: false)
        #expect(try parse(text).first?["file"] is NSNull)
    }

    @Test("awkward text round-trips exactly through a JSON parser", arguments: [
        "comillas \" y barra \\ y /",
        "salto\nde línea\r y\ttab",
        "control \u{01}\u{1B}[31m\u{7F}\u{85}",
        "bidi \u{202E}abc\u{2066} y ancho cero \u{200B}",
        "separadores \u{2028}\u{2029}",
        "emoji 👩‍💻 🇨🇱 y fuera del plano básico 𝄞",
        "etiqueta \u{E0067}",
        "",
    ])
    func escaping(text: String) throws {
        let quoted = JSONValue.quoted(text)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(parsed == [text])
        #expect(!quoted.unicodeScalars.contains { TerminalText.isUnsafe($0) })
    }

    @Test("pretty and compact forms parse to the same value, keys in the order given")
    func prettyAndCompact() throws {
        let value = JSONValue.object([
            ("z", .int(1)), ("a", .array([.bool(true), .null, .string("x")])), ("m", .object([])), ("e", .array([])),
        ])
        #expect(value.compact == #"{"z":1,"a":[true,null,"x"],"m":{},"e":[]}"#)
        #expect(value.pretty == """
            {
              "z": 1,
              "a": [
                true,
                null,
                "x"
              ],
              "m": {},
              "e": []
            }
            """)
        let compact = try JSONSerialization.jsonObject(with: Data(value.compact.utf8)) as? NSDictionary
        let pretty = try JSONSerialization.jsonObject(with: Data(value.pretty.utf8)) as? NSDictionary
        #expect(compact != nil)
        #expect(compact == pretty)
    }
}
