import Foundation
import Testing
import Validation
@testable import WordExchange

/// pandoc itself: the JSON written here is read by it, and the template it writes reads back.
@Suite("pandoc", .enabled(if: Pandoc.locate() != nil, "pandoc is not installed (Debian package pandoc; `make test` installs it): test skipped"))
struct PandocTests {
    @Test("the template's JSON is accepted by pandoc, and the .docx it writes reads back to the same headings, table and guides")
    func templateReadsBack() async throws {
        let pandoc = try #require(Pandoc.locate())
        let version = try await pandoc.apiVersion()
        #expect(version.count >= 2 && version[0] == 1)
        let schema = Schema.builtIn
        let document = WordTemplate.document(schema: schema, region: schema.region(matching: "tarapaca"), apiVersion: version)
        let folder = NSTemporaryDirectory() + "rme-pandoc-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/plantilla.docx"
        try await pandoc.writeDocx(document, to: path, reference: nil)

        let package = try WordPackage.open(path)
        #expect(package.format == .docx)
        let read = try await pandoc.read(package)
        #expect(InlineMarkdown(read.title).plainJoined == "Experiencia colaborativa de la RME de Tarapacá")
        let headings = read.blocks.compactMap { block -> String? in
            if case .header(_, _, let words) = block { return InlineMarkdown(words).plainJoined }
            return nil
        }
        #expect(headings == ["Datos de la red"] + schema.sections.map(\.heading))
        let tables = read.blocks.compactMap { block -> PandocTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        #expect(tables.count == 1)
        #expect(tables.first?.rows.count == schema.fields.count + 1)
    }

    @Test("a document survives pandoc's JSON both ways")
    func jsonBothWays() async throws {
        let pandoc = try #require(Pandoc.locate())
        let document = PandocDocument(apiVersion: try await pandoc.apiVersion(), title: [.text("Título")], blocks: [
            .header(level: 1, .none, [.text("Uno")]),
            .paragraph([.strong([.text("a")]), .space, .emphasis([.text("b")]), .space,
                        .link([.text("c")], url: "https://www.mineduc.cl/"), .lineBreak, .quoted(double: true, [.text("d")])]),
            .bulletList([[.plain([.text("e")])], [.plain([.text("f")])]]),
            .orderedList(start: 1, items: [[.plain([.text("g")])]]),
            .table(PandocTable(columnWidths: [0.5, 0.5], headRows: [[[.plain([.text("h")])], [.plain([.text("i")])]]],
                               bodyRows: [[[.paragraph([.text("j")])], [.paragraph([.text("k")])]]])),
        ])
        let folder = NSTemporaryDirectory() + "rme-pandoc-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await pandoc.writeDocx(document, to: folder + "/a.docx", reference: nil)
        let read = try await pandoc.read(try WordPackage.open(folder + "/a.docx"))
        #expect(InlineMarkdown(read.title).plainJoined == "Título")
        #expect(read.blocks.count == document.blocks.count)
        if case .paragraph(let words) = read.blocks[1] {
            let markdown = InlineMarkdown(words)
            #expect(markdown.lines == ["**a** *b* [c](https://www.mineduc.cl/)", "“d”"])
        } else {
            Issue.record("no paragraph: \(read.blocks[1])")
        }
    }
}
