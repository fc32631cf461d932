import Content
import Foundation
@testable import Rendering
import Testing
import TestSupport

/// Every label and fixed word reaches the page from the strings table, and none is written in a template.
@Suite struct StringsTableTests {
    /// Every placeholder the entries use; a marker keeps its entry's, so they are still filled.
    static let placeholders = [
        "{region}", "{provincia}", "{mes}", "{anio}", "{pagina}", "{edicion}", "{titulo}", "{periodo}",
        "{total}", "{redes}", "{promedio}", "{porcentaje}", "{cantidad}", "{paginas}", "{tamano}", "{desde}", "{hasta}",
        "{establecimientos}", "{consulta}",
    ]

    /// A table whose every entry is a marker naming its key, placeholders kept so they are still filled.
    static var markers: StringsTable {
        var table = StringsTable.spanish
        for key in StringsTable.Key.allCases {
            let placeholders = Self.placeholders.filter { StringsTable.spanish[key].contains($0) }
            table[key] = "⟦\(key.rawValue)⟧" + placeholders.joined()
        }
        return table
    }

    @Test func everyEntryAppearsInTheRenderedBooklet() throws {
        let files = try Rendered.files(try RealEdition.load(), strings: Self.markers)
        let html = try Rendered.text("2015-2017/booklet.html", in: files)
        // The site's pages print the entries declared from `sitePageTitle` on (SiteStringsTests checks them).
        for key in StringsTable.Key.allCases where !SiteStringsTests.siteKeys.contains(key) {
            #expect(html.contains("⟦\(key.rawValue)⟧"), "entry \(key.rawValue) is never printed")
        }
        #expect(html.contains("<html lang=\"⟦language⟧\">"))
        #expect(html.contains("⟦aprendizajes⟧Iquique"))
        #expect(html.contains("⟦chapterTitle⟧de Tarapacá"))
    }

    @Test func changingOneEntryChangesThePrintedLabel() throws {
        var table = StringsTable.spanish
        table[.objetivo] = "Meta de la red"
        table[.aprendizajes] = "Lo aprendido en {provincia}"
        let html = try Rendered.text("2015-2017/booklet.html", in: Rendered.files(try RealEdition.load(), strings: table))
        #expect(html.contains("<h2 id=\"experiencia-tarapaca-objetivo\">Meta de la red</h2>"))
        #expect(!html.contains("Objetivo de la RME"))
        #expect(html.contains("<h2 id=\"experiencia-tarapaca-aprendizajes\">Lo aprendido en Iquique</h2>"))
        #expect(!html.contains("Principales aprendizajes y logros"))
    }

    @Test func placeholdersAreFilledAndValuesStayPlainText() {
        let table = StringsTable.spanish
        #expect(table.text(.chapterTitle, ["region": "del Maule"]) == "Experiencia colaborativa de la Red de Mejoramiento Escolar del Maule")
        #expect(table.text(.publicationDate, ["mes": "marzo", "anio": "2018"]) == "marzo 2018")
        // A value that looks like a placeholder is not expanded again.
        #expect(table.text(.aprendizajes, ["provincia": "{region}", "region": "X"]).hasSuffix("de {region}"))
    }

    @Test func templatesHoldNoWordsOfTheirOwn() throws {
        let folder = Repository.root.appendingPathComponent("Templates")
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var checked = 0
        for case let path as String in enumerator where path.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let words = Self.visibleText(ofTemplate: text).filter(\.isLetter)
            #expect(words.isEmpty, "\(path) prints its own words: \(words)")
            checked += 1
        }
        #expect(checked >= 10)
    }

    @Test func stylesheetsGenerateNoText() throws {
        let folder = Repository.root.appendingPathComponent("Templates/css")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let css = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for declaration in css.components(separatedBy: "content:").dropFirst() {
                let value = declaration.prefix { $0 != ";" && $0 != "}" }
                let quoted = value.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                    .filter { $0.offset % 2 == 1 }.map(\.element).joined()
                #expect(!quoted.contains { $0.isLetter }, "\(name) writes text in CSS: \(value)")
            }
        }
    }

    /// What a template prints by itself: its text without Mustache tags, HTML tags, comments and the CSS pragma.
    static func visibleText(ofTemplate text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "<" }) {
            result += rest[..<open]
            rest = rest[open...]
            let closer = rest.hasPrefix("{{{") ? "}}}" : rest.hasPrefix("{{") ? "}}" : rest.hasPrefix("<!--") ? "-->" : rest.hasPrefix("<") ? ">" : nil
            guard let closer, let end = rest.range(of: closer) else {
                result.append(rest.removeFirst())
                continue
            }
            rest = rest[end.upperBound...]
        }
        result += rest
        // A CSS template's own text is CSS, not words for a reader.
        return text.contains("{{% CONTENT_TYPE: TEXT}}") ? "" : result
    }
}
