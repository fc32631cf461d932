import Content
import Diagnostics

/// Reports two files that would be written to the same page or `id` (`Tarapacá.md` and `tarapaca.md`;
/// `01-equipo.md` and `02-equipo.md`), naming both.
///
/// Page names and ids come from file names, folded by `PageSlug` as the renderer folds them: two files that
/// fold alike would give one page that overwrites the other, duplicate `id`s and a contents entry that
/// leads to the wrong region (and on macOS or Windows the two files may not even coexist).
struct SamePageRule: EditionRule {
    func check(_ files: [EditionFacts], _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for kind in [DocumentKind.experience, .frontPage] {
            var first: [String: EditionFacts] = [:]
            for document in files where document.kind == kind {
                let name = kind == .experience ? FileSlug.experience(path: document.path) : FileSlug.frontPage(path: document.path)
                let page = FileSlug.folded(name)
                guard let earlier = first[page] else {
                    first[page] = document
                    continue
                }
                diagnostics.append(document.diagnostic(
                    "edition.same-page", .error, at: nil,
                    es: "«\(document.fileName)» y «\(earlier.fileName)» producirían la misma página («\(page)»): los nombres solo difieren en tildes, mayúsculas, signos\(kind == .frontPage ? " o el número del comienzo" : "") o espacios.",
                    en: "`\(document.fileName)` and `\(earlier.fileName)` would produce the same page (`\(page)`): their names differ only in accents, case, punctuation\(kind == .frontPage ? ", the leading number" : "") or spaces.",
                    hintES: "Borre el archivo que sobra o cámbiele el nombre.",
                    hintEN: "Delete the extra file or rename it."))
            }
        }
    }
}
