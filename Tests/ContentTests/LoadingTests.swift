import Content
import Diagnostics
import Foundation
import Markup
import Testing
import TestSupport

@Suite("Loading the real edition")
struct LoadingTests {
    static let edition = Repository.content.appendingPathComponent("2015-2017").path

    @Test("every file of 2015-2017 decodes, splits, composes and parses")
    func realEditionLoads() throws {
        let folder = try #require(EditionFolder.scan(path: Self.edition))
        #expect(folder.experienceFiles.count == 15)
        #expect(folder.pageFiles.count == 4)
        #expect(folder.editionFile != nil)
        for path in folder.experienceFiles + folder.pageFiles {
            let document = LoadedDocument.load(try #require(InputFile.read(path: path)))
            #expect(document.inputProblem == nil, "\(path)")
            #expect(document.split?.problem == nil, "\(path)")
            #expect(document.yaml?.findings.isEmpty == true, "\(path): \(document.yaml?.findings ?? [])")
            #expect(document.yaml?.root?.mapping != nil, "\(path)")
            #expect(document.body != nil, "\(path)")
        }
    }

    @Test("positions in the body are file lines: the first heading is the line after the closing fence")
    func bodyLinesAreFileLines() throws {
        let path = Self.edition + "/experiencias/tarapaca.md"
        let document = LoadedDocument.load(try #require(InputFile.read(path: path)))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let headingLine = try #require(lines.firstIndex { $0 == "## Conformación" }) + 1
        let heading = try #require(document.body?.allNodes.first { $0.kind == .heading })
        #expect(heading.range?.start == SourceLocation(line: headingLine, column: 1))
        let region = try #require(document.yaml?.root?["region"])
        #expect(region.scalar == "Tarapacá")
        #expect(region.location == SourceLocation(line: 2, column: 9))
        #expect(region.endLocation == SourceLocation(line: 2, column: 16))
    }
}
