import Content
import Diagnostics
import Testing

/// Front-matter nodes are placed by character columns, whether their line is lone scalars or holds combining marks.
@Suite("YAML columns: nodes placed in characters")
struct YAMLColumnTests {
    /// The front matter's nodes, composed from `yaml` written after an opening fence on line 1.
    static func root(_ yaml: String) throws -> YAMLNode {
        let document = LoadedDocument.load(InputFile(path: "columnas.md", bytes: Array("---\n\(yaml)---\n\n## Objetivo\n".utf8)))
        return try #require(document.yaml?.root)
    }

    @Test("accents, guillemets, dashes and typographic quotes: one character per scalar")
    func loneScalarLines() throws {
        let root = try Self.root("region: \"Tarapacá\"\nred: Red «Norte» — “uno”\ncomunas: [Pica, Iquique, Pozo Almonte]\n")
        #expect(root["region"]?.location == SourceLocation(line: 2, column: 9))
        #expect(root["region"]?.endLocation == SourceLocation(line: 2, column: 18))
        #expect(root["red"]?.location == SourceLocation(line: 3, column: 6))
        #expect(root["comunas"]?.sequence?.map(\.location.column) == [11, 17, 26])
    }

    @Test("a combining accent joins its letter: columns after it count the pair once")
    func combiningMarks() throws {
        let root = try Self.root("niveles: [e\u{301}xito, básica]\nred: \u{1F467}\u{1F3FD} Red\n")
        #expect(root["niveles"]?.sequence?.map(\.location.column) == [11, 18])
        #expect(root["red"]?.location == SourceLocation(line: 3, column: 6))
    }
}
