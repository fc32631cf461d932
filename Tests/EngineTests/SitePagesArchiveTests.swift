import Foundation
import Testing
import TestSupport
@testable import Engine

/// The archive at the top of the output as editions accumulate: every edition under Content/, newest first,
/// and, when `--edicion` rebuilds one, the others kept from the previous output still listed.
@Suite("Site pages: the archive of editions")
struct SitePagesArchiveTests {
    /// A content root with the real edition and a copy of it as a later edition, "2018-2019", with its own title.
    static func twoEditions(in scratch: ScratchFolder) throws -> String {
        let content = try RealContent.copy(into: scratch)
        let later = content + "/2018-2019"
        try FileManager.default.copyItem(atPath: content + "/2015-2017", toPath: later)
        try SitePagesBuild.edit(later + "/edition.yaml", replacing: "id: \"2015-2017\"", with: "id: \"2018-2019\"")
        try SitePagesBuild.edit(later + "/edition.yaml", replacing: "periodo: \"2015 - 2017\"", with: "periodo: \"2018 - 2019\"")
        // Its own ISBN and registration: one copied from another edition is an error.
        try SitePagesBuild.edit(later + "/edition.yaml", replacing: "isbn: \"978-956-292-716-1\"", with: "isbn: \"978-956-292-900-4\"")
        try SitePagesBuild.edit(later + "/edition.yaml", replacing: "registro_propiedad_intelectual: \"A-289016\"",
                                with: "registro_propiedad_intelectual: \"A-300001\"")
        try SitePagesBuild.edit(later + "/edition.yaml",
            replacing: "titulo: Experiencias colaborativas en Redes de Mejoramiento Escolar\n",
            with: "titulo: Nuevas experiencias colaborativas\n")
        return content
    }

    /// The archive's links and entry texts, in the order listed.
    static func entries(_ output: String) throws -> [(href: String, text: String)] {
        let html = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        let list = try #require(HTMLReading.elements("ol", in: html).first)
        // What a reader reads of each entry: its headline, then its lines (the cover beside it is decoration).
        return HTMLReading.elements("li", in: list).map { item in
            let lines = (HTMLReading.elements("h2", in: item) + HTMLReading.elements("p", in: item)).map(HTMLReading.text)
            return (HTMLReading.attributeValues("href", in: item).first ?? "", lines.joined(separator: " | "))
        }
    }

    @Test("every edition under Content/ is built and listed, newest first, each linking its own home")
    func allEditions() async throws {
        let scratch = try ScratchFolder("site-archive")
        defer { scratch.remove() }
        let content = try Self.twoEditions(in: scratch)
        let output = scratch.path("Output")
        let report = try #require(try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output)).run().report,
                                  "the two editions were rejected")
        #expect(report.editions.map(\.id) == ["2018-2019", "2015-2017"])
        let entries = try Self.entries(output)
        #expect(entries.map(\.href) == ["2018-2019/index.html", "2015-2017/index.html"])
        #expect(entries.map(\.text) == [
            "Edición 2018–2019 | Nuevas experiencias colaborativas | 15 redes · 134 establecimientos",
            "Edición 2015–2017 | Experiencias colaborativas en Redes de Mejoramiento Escolar | 15 redes · 134 establecimientos",
        ])
        let later = try String(contentsOfFile: output + "/2018-2019/index.html", encoding: .utf8)
        #expect(later.contains("<title>Nuevas experiencias colaborativas (2018–2019)</title>"))
        #expect(LinkCheck.run(output: output).problems == [])
    }

    @Test("--edicion rebuilds one edition; the other, kept as it was, stays in the archive under its own title")
    func oneEditionRebuilt() async throws {
        let scratch = try ScratchFolder("site-archive")
        defer { scratch.remove() }
        let content = try Self.twoEditions(in: scratch)
        let output = scratch.path("Output")
        _ = try #require(try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output)).run().report)
        let keptBefore = FolderSnapshot(output + "/2018-2019")

        // The kept edition's title changes in Content/ but is not rebuilt: the archive shows the title its pages carry.
        try SitePagesBuild.edit(content + "/2018-2019/edition.yaml",
            replacing: "titulo: Nuevas experiencias colaborativas\n", with: "titulo: Otro título aún no publicado\n")
        let report = try #require(try await BuildPipeline(request: RealContent.request(
            contentRoot: content, output: output, editionID: "2015-2017")).run().report)
        #expect(report.keptEditions == ["2018-2019"])
        #expect(FolderSnapshot(output + "/2018-2019").differences(from: keptBefore) == [])
        let entries = try Self.entries(output)
        #expect(entries.map(\.href) == ["2018-2019/index.html", "2015-2017/index.html"])
        #expect(entries.first?.text == "Edición 2018–2019 | Nuevas experiencias colaborativas | 15 redes · 134 establecimientos")
        #expect(LinkCheck.run(output: output).problems == [])
    }

    @Test("a kept edition from an older build (no manifest, no home) is listed by its folder and links its booklet")
    func olderKeptEdition() async throws {
        let scratch = try ScratchFolder("site-archive")
        defer { scratch.remove() }
        let content = try Self.twoEditions(in: scratch)
        let output = scratch.path("Output")
        _ = try #require(try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output)).run().report)
        for file in ["edicion.json", "index.html"] {
            try FileManager.default.removeItem(atPath: output + "/2018-2019/" + file)
        }
        _ = try #require(try await BuildPipeline(request: RealContent.request(
            contentRoot: content, output: output, editionID: "2015-2017")).run().report)
        let entries = try Self.entries(output)
        #expect(entries.map(\.href) == ["2018-2019/booklet.html", "2015-2017/index.html"])
        #expect(entries.first?.text == "2018-2019")
    }
}
