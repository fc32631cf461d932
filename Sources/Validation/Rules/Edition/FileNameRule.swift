import Content
import Diagnostics

/// Reports an edition file whose name is not a slug (`PageSlug`): the name becomes its page's address and `id`.
///
/// `Los Ríos.md` would need percent-encoding in every link and folds to the same page as `los-rios.md`;
/// requiring the folded form keeps addresses readable, identical in the HTML and the PDF, and unique.
struct FileNameRule: EditionRule {
    func check(_ files: [EditionFacts], _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for document in files where document.kind == .experience || document.kind == .frontPage {
            let name = document.fileName.hasSuffix(".md") ? String(document.fileName.dropLast(3)) : document.fileName
            let slug = document.kind == .experience ? name : FileSlug.frontPage(path: document.path)
            guard !PageSlug.isClean(slug) else { continue }
            let prefix = String(name.dropLast(slug.count))
            let suggested = prefix + PageSlug.folded(slug) + ".md"
            diagnostics.append(document.diagnostic(
                "edition.file-name", .error, at: nil,
                es: "El nombre «\(document.fileName)» no sirve como dirección de su página: solo se usan minúsculas sin tildes, cifras y guiones, sin espacios ni otros signos.",
                en: "The name `\(document.fileName)` does not work as its page's address: only unaccented lower-case letters, digits and hyphens are used, with no spaces or other signs.",
                hintES: "Cámbiele el nombre a «\(suggested)».",
                hintEN: "Rename it to `\(suggested)`."))
        }
    }
}
