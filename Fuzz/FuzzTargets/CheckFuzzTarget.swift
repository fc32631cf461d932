import Content
import Diagnostics
import Foundation
import Validation

/// The fuzz target over the loader and every rule: the first byte picks what the rest of the input stands
/// for (an experience, a front page, `edition.yaml` or the schema), checked beside the real edition.
///
/// Besides not crashing, it holds the checker to its promises: every diagnostic names its file and, when it
/// has a range, one inside the text; every problem of `edition.yaml` has a line and column; what a file
/// that checks clean decodes to passes `HTMLOracle`.
public enum CheckFuzzTarget {
    /// The file kinds the first byte selects, in order.
    enum Kind: UInt8, CaseIterable {
        case experience, frontPage, editionFile, schema
    }

    /// Runs one input.
    public static func run(_ data: [UInt8]) {
        let real = RealEdition.shared
        guard let first = data.first else { return }
        let bytes = Array(data.dropFirst())
        switch Kind(rawValue: first % UInt8(Kind.allCases.count))! {
        case .experience:
            let path = real.folder.experienceFiles[0]
            let check = Checker.check(InputFile(path: path, bytes: bytes), kind: .experience, settings: real.settings)
            verify(check.diagnostics, text: bytes, path: path)
            if let experience = check.experience {
                for section in experience.sections {
                    HTMLOracle.verify(section.html, path: "\(path) § \(section.id)", scripts: 0)
                    for item in section.listItemsHTML { HTMLOracle.verify(item, path: "\(path) § \(section.id) item", scripts: 0) }
                }
                let experiences = real.experiences.filter { $0.path != path } + [check]
                let edition = Checker.checkEdition(
                    real.folder, editionFile: real.editionFile, pages: real.pages, experiences: experiences, settings: real.settings)
                verify(edition.diagnostics, text: bytes, path: path)
            }
        case .frontPage:
            let path = real.folder.pageFiles.first ?? real.folder.path + "/paginas/01-fuzz.md"
            let check = Checker.check(InputFile(path: path, bytes: bytes), kind: .frontPage, settings: real.settings)
            verify(check.diagnostics, text: bytes, path: path)
            if let page = check.page { HTMLOracle.verify(page.bodyHTML, path: path, scripts: 0) }
        case .editionFile:
            let path = real.editionFile.path
            let check = Checker.checkEdition(
                real.folder, editionFile: (path, InputFile(path: path, bytes: bytes)), pages: real.pages, experiences: real.experiences,
                settings: real.settings)
            verify(check.diagnostics, text: bytes, path: path)
            // Whole-file problems (empty, unreadable) have no line; every YAML problem has one.
            for diagnostic in check.diagnostics where diagnostic.file == path && diagnostic.range == nil
                && (diagnostic.code.hasPrefix("edition-file.yaml-") || diagnostic.code.hasPrefix("edition-file.bidi")) {
                FuzzFailure.fail("a problem of edition.yaml without line and column: \(diagnostic.code)", diagnostic.message.es)
            }
        case .schema:
            let path = "Content/schema.yaml"
            let text = String(decoding: bytes, as: UTF8.self)
            let parsed = SchemaLoader.parse(text: text, file: path)
            verify(parsed.diagnostics, text: bytes, path: path)
            guard let schema = parsed.schema else { return }
            let settings = CheckSettings(schema: schema, currentYear: real.settings.currentYear)
            let experience = real.folder.experienceFiles[0]
            guard let file = InputFile.read(path: experience) else { return }
            let check = Checker.check(file, kind: .experience, settings: settings)
            verify(check.diagnostics, text: file.bytes, path: experience)
        }
    }

    /// Every diagnostic pointing into `path` has its range inside the text, start before end.
    static func verify(_ diagnostics: [Diagnostic], text: [UInt8], path: String) {
        // Editors and the YAML spec break lines at LF, CR and the Unicode separators; a range may point one
        // line past the last one (the end of the file).
        let lines = text.filter { $0 == 0x0A || $0 == 0x0D }.count + String(decoding: text, as: UTF8.self).unicodeScalars
            .filter { $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" }.count + 2
        for diagnostic in diagnostics where diagnostic.file == path {
            guard let range = diagnostic.range else { continue }
            if range.start.line < 1 || range.start.column < 1 || range.start.line > lines || range.end < range.start {
                FuzzFailure.fail("\(diagnostic.code) at \(range) in a text of \(lines - 2) line breaks", diagnostic.message.es)
            }
        }
    }
}
