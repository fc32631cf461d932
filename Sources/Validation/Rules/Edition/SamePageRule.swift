import Content
import Diagnostics

/// Reports two experience files that would be written to the same page (`Tarapacá.md` and `tarapaca.md`).
///
/// Page names come from file names; folded without accents or case they must
/// differ, or one page would overwrite the other (and on macOS or Windows the
/// two files may not even coexist).
struct SamePageRule: EditionRule {
    func check(_ files: [EditionFacts], _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        var first: [String: EditionFacts] = [:]
        for document in files where document.kind == .experience {
            let page = FileSlug.folded(FileSlug.experience(path: document.path))
            guard let earlier = first[page] else {
                first[page] = document
                continue
            }
            diagnostics.append(document.diagnostic(
                "edition.same-page", .error, at: nil,
                es: "«\(document.fileName)» y «\(earlier.fileName)» producirían la misma página («\(page)»): los nombres solo difieren en tildes, mayúsculas o espacios.",
                en: "`\(document.fileName)` and `\(earlier.fileName)` would produce the same page (`\(page)`): their names differ only in accents, case or spaces.",
                hintES: "Borre el archivo que sobra o cámbiele el nombre.",
                hintEN: "Delete the extra file or rename it."))
        }
    }
}
