import Content
import Diagnostics
import Foundation

/// What an edition is checked against the earlier editions of its content folder for: an ISBN or a registration
/// number copied from one (a new `edition.yaml` starts as a copy of the last one), and front pages
/// the previous edition had and this one lost.
enum SiblingEditionRules {
    /// The findings for `folder`, whose `edition.yaml` decoded to `info` (its bytes in `file`).
    static func check(_ folder: EditionFolder, info: EditionInfo, file: InputFile?, into diagnostics: inout [Diagnostic]) {
        let root = PathText.parent(of: folder.path)
        let siblings = EditionFolder.editions(underContentRoot: root).filter { $0.id != folder.id }
        guard !siblings.isEmpty else { return }
        let lines = file.map { String(decoding: $0.bytes, as: UTF8.self).components(separatedBy: "\n") } ?? []
        // Told of the later edition only: it is the copy, and an error on the published one would stop its build.
        for sibling in siblings where sibling.id < folder.id {
            var ignored: [Diagnostic] = []
            guard let other = EditionInfoDecoder.decode(path: sibling.editionFile, folder: sibling, into: &ignored) else { continue }
            for (key, mine, theirs, es, en) in [
                ("isbn", info.isbn, other.isbn, "el ISBN", "the ISBN"),
                ("registro_propiedad_intelectual", info.registroPropiedadIntelectual, other.registroPropiedadIntelectual,
                 "el registro de propiedad intelectual", "the intellectual property registration"),
            ] {
                guard let mine, let theirs, !mine.isEmpty, TextKey.compact(mine) == TextKey.compact(theirs) else { continue }
                let line = lines.firstIndex { $0.hasPrefix(key + ":") }.map { $0 + 1 }
                diagnostics.append(Diagnostic(
                    file: folder.editionFile, range: line.map { SourceRange(SourceLocation(line: $0, column: 1)) },
                    severity: .error, code: "edition-file.duplicate-\(key == "isbn" ? "isbn" : "registration")",
                    message: LocalizedText(
                        es: "La edición «\(folder.id)» tiene \(es) de la edición «\(sibling.id)» (\(mine)): cada edición publicada tiene uno propio.",
                        en: "Edition «\(folder.id)» has \(en) of edition «\(sibling.id)» (\(mine)): each published edition has its own."),
                    hint: LocalizedText(
                        es: "Escriba el de esta edición; si aún no lo tiene, borre la línea «\(key):» hasta que lo tenga.",
                        en: "Write this edition's; if it has none yet, delete the «\(key):» line until it does.")))
            }
        }
        // The edition just before this one in id order: the one a new edition is made from.
        if folder.pageFiles.isEmpty, let previous = siblings.filter({ $0.id < folder.id }).max(by: { $0.id < $1.id }),
           !previous.pageFiles.isEmpty {
            let pages = PathText.join(folder.path, "paginas")
            diagnostics.append(Diagnostic(
                file: pages, range: nil, severity: .warning, code: "edition.missing-front-pages",
                message: LocalizedText(
                    es: "La edición «\(folder.id)» no tiene páginas de presentación (paginas/), y la anterior, «\(previous.id)», tiene \(previous.pageFiles.count).",
                    en: "Edition «\(folder.id)» has no front pages (paginas/), and the previous one, «\(previous.id)», has \(previous.pageFiles.count)."),
                hint: LocalizedText(
                    es: "Cópielas de \(previous.path)/paginas y actualícelas; si esta edición no las lleva, no hay nada que hacer.",
                    en: "Copy them from \(previous.path)/paginas and update them; if this edition has none, there is nothing to do.")))
        }
    }
}
