import Content
import Foundation
import Rendering
import Testing
import TestSupport
@testable import Engine
@testable import Validation

/// An experience carrying script, event handlers, `javascript:` links and HTML in its front-matter values:
/// the checker refuses it, and even rendered past the checker it yields nothing a browser would run.
@Suite("Hostile experience")
struct SafetyTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile-tarapaca.md").path

    @Test("the build is refused with safety errors, and the previous output is untouched")
    func refusedByChecker() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let content = try RealContent.copy(into: scratch)
        let output = scratch.path("Output")
        _ = try #require(try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output)).run().report)
        let before = FolderSnapshot(output)

        let target = content + "/2015-2017/experiencias/tarapaca.md"
        try FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: target)
        guard case .rejected(let checks) = try await BuildPipeline(request: RealContent.request(contentRoot: content, output: output)).run() else {
            Issue.record("the hostile experience was built")
            return
        }
        let errors = checks.flatMap(\.diagnostics).filter { $0.severity == .error && $0.file == target }
        let codes = Set(errors.map(\.code))
        #expect(codes.contains("safety.raw-html"))
        #expect(codes.contains("safety.unsafe-url"))
        #expect(errors.filter { $0.code == "safety.link-address" }.count == 6)
        // The body alone carries more than twenty separate pieces; each is reported, not only the first.
        #expect(errors.count >= 20, "\(errors.count) errors: \(errors.map(\.code))")
        #expect(FolderSnapshot(output) == before)
    }

    @Test("rendered past the checker, the whole output holds no script, no event handler and no javascript: address")
    func harmlessWhenRenderedDirectly() async throws {
        let settings = RealContent.settings(contentRoot: Repository.content.path)
        let folder = try #require(EditionFolder.scan(path: Repository.content.path + "/2015-2017"))
        let real = try #require(try await Checker.check(folder, settings: settings).edition)
        let file = try #require(InputFile.read(path: Self.fixture))
        let document = LoadedDocument.load(file, sizeLimit: settings.schema.maxFileBytes)
        let hostile = try #require(ExperienceDecoder.decode(DocumentContext(document: document, kind: .experience, schema: settings.schema), settings))
        #expect(hostile.sections.count == 8)
        #expect(hostile.red.contains("<img"))
        let edition = Edition(
            id: real.id, info: real.info, pages: real.pages,
            experiences: real.experiences.filter { $0.region != hostile.region } + [hostile])

        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let templates = try TemplateLibrary.load(projectTemplates: Repository.root.appendingPathComponent("Templates").path, override: nil)
        let files = try EditionRenderer(templates: templates).render(edition, generatedAt: nil)
            + [RenderedFile(path: OutputNote.fileName, text: OutputNote.text)]
        let writer = try OutputWriter(outputPath: scratch.path("Output"))
        let staging = try writer.makeStagingFolder()
        try await staging.write(files)
        try staging.commit()

        let written = FolderSnapshot(scratch.path("Output")).entries.filter { !$0.key.hasSuffix("/") }
        #expect(written.count == files.count)
        for (path, data) in written {
            let text = String(decoding: data, as: UTF8.self)
            for finding in ExecutableContent.find(in: text, isStyleSheet: path.hasSuffix(".css")) {
                Issue.record("\(path): \(finding)")
            }
        }
        // Links LinkPolicy refuses are unwrapped in every page, their text kept (cmark writes a backslash as `%5C`).
        let refused = ["//evil.example/a", "%5C%5Cevil.example/b", "https:evil.example/c", "a+b+c:d", "resumen.html", "../../../../etc/passwd"]
        for (path, data) in written where path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            for address in refused where text.contains("href=\"\(address)") {
                Issue.record("\(path) links to \(address)")
            }
        }
        // The hostile values are still shown, as text.
        let booklet = String(decoding: try #require(written["2015-2017/booklet.html"]), as: UTF8.self)
        #expect(booklet.contains("&lt;script&gt;alert(&#39;provincia&#39;)&lt;/script&gt;Iquique")
            || booklet.contains("&lt;script&gt;alert('provincia')&lt;/script&gt;Iquique"))
        #expect(booklet.contains("Realizan"))
        #expect(booklet.contains("[sin esquema]") == false && booklet.contains("archivos: sin esquema, barra, sin barras, raro, relativo y subir."))
    }

    @Test("the scanner itself finds each kind of executable content", arguments: [
        "<script>x</script>", "<SCRIPT src=a>", "<img src=x onerror=alert(1)>", "<div\nonclick = \"x\">",
        "<a href=\"javascript:x\">", "<a href='JaVaScRiPt:x'>", "<a href=\"jav&#x61;script:x\">",
        "<a href=\"&#106;avascript:x\">", "<iframe src=\" javascript:x\">", "<style>p{background:url(javascript:x)}</style>",
        "<p style=\"width:expression(alert(1))\">",
    ])
    func scannerFinds(_ html: String) {
        #expect(!ExecutableContent.find(in: "<p>ok</p>" + html).isEmpty)
    }

    @Test("the fixture itself is full of what the scanner looks for")
    func fixtureIsHostile() throws {
        let text = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        #expect(ExecutableContent.find(in: text).count >= 15)
    }

    @Test("the scanner leaves escaped text alone")
    func scannerIgnoresText() {
        #expect(ExecutableContent.find(in: "<p>&lt;script&gt; onclick=x javascript:alert(1) &lt;img onerror=x&gt;</p><a href=\"#onload\">x</a>").isEmpty)
        #expect(ExecutableContent.find(in: "<p>&lt;style&gt;body{background:url(javascript:alert(10))}&lt;/style&gt;</p>").isEmpty)
        #expect(!ExecutableContent.find(in: "p { background: url( javascript:x) }", isStyleSheet: true).isEmpty)
    }
}

/// Finds what a browser would run in an HTML or CSS file: script elements, event-handler attributes,
/// and `javascript:` addresses in attributes (also written with character references).
///
/// Text between tags is not searched: escaped `&lt;script&gt;` or a visible "javascript:" is harmless.
enum ExecutableContent {
    /// Each executable thing found, described; empty when the text is harmless.
    static func find(in html: String, isStyleSheet: Bool = false) -> [String] {
        var findings: [String] = []
        let lower = decodeReferences(html.lowercased())
        if lower.contains("<script") { findings.append("a <script> element") }
        for tag in tags(in: lower) {
            if tag.range(of: #"[\s/"']on[a-z]+\s*="#, options: .regularExpression) != nil {
                findings.append("an event handler in \(tag.prefix(80))")
            }
            let squeezed = tag.filter { !$0.isWhitespace && $0 != "\u{0}" }
            if squeezed.contains("javascript:") || squeezed.contains("vbscript:") {
                findings.append("a script address in \(tag.prefix(80))")
            }
        }
        for css in styleSheets(in: lower, isStyleSheet: isStyleSheet) {
            let squeezed = css.filter { !$0.isWhitespace }
            if squeezed.contains("javascript:") || squeezed.contains("expression(") || squeezed.contains("-moz-binding") {
                findings.append("script in CSS: \(css.prefix(80))")
            }
        }
        return findings
    }

    /// The CSS a browser reads: the whole file for a stylesheet, else `<style>` elements and `style` attributes.
    private static func styleSheets(in text: String, isStyleSheet: Bool) -> [String] {
        if isStyleSheet { return [text] }
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "<style") {
            let end = rest[open.upperBound...].range(of: "</style")?.lowerBound ?? rest.endIndex
            found.append(String(rest[open.upperBound..<end]))
            rest = rest[end...]
        }
        found += tags(in: text).filter { $0.contains("style=") }
        return found
    }

    /// Every `<…>` tag, attributes included.
    private static func tags(in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            result.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    /// Numeric character references decoded, so `&#x61;` counts as "a"; named ones other than the five are left.
    private static func decodeReferences(_ text: String) -> String {
        var output = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let after = rest[amp...]
            if after.hasPrefix("&#"), let semicolon = after.prefix(12).firstIndex(of: ";") {
                let body = after[after.index(amp, offsetBy: 2)..<semicolon]
                let value = body.hasPrefix("x") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body, radix: 10)
                if let value, let scalar = Unicode.Scalar(value) {
                    output.unicodeScalars.append(scalar)
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            output.append("&")
            rest = after.dropFirst()
        }
        return output + rest
    }
}
