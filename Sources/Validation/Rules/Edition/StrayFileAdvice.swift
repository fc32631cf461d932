import Content
import Diagnostics

/// What to do with a file that is not Markdown where experiences go: the usual ones come from Windows and Word.
public enum StrayFileAdvice {
    /// The remedy for the file at `path`; `edition` and `contentRoot` (its folder) are what `rme importar` needs.
    public static func advice(for path: String, edition: String?, contentRoot: String? = nil) -> LocalizedText {
        let name = PathText.lastComponent(of: path)
        let lower = name.lowercased()
        var editionFlag = edition.map { " --edicion \($0)" } ?? ""
        // `rme importar` looks for editions under ./Content unless told otherwise.
        if edition != nil, let contentRoot, contentRoot != "Content", contentRoot != "./Content" {
            editionFlag += " --contenido \(contentRoot)"
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces).drop { $0 == "." }
        if trimmed != Substring(name), trimmed.lowercased().hasSuffix(".md") {
            return LocalizedText(
                es: "El nombre tiene \(name.hasPrefix(".") ? "un punto al comienzo (lo oculta)" : "espacios al comienzo o al final"): cámbielo a «\(trimmed)».",
                en: "The name has \(name.hasPrefix(".") ? "a leading dot (which hides it)" : "spaces at its start or end"): rename it to «\(trimmed)».")
        }
        if lower.hasSuffix(".md.txt") || lower.hasSuffix(".txt") {
            let fixed = String(name.dropLast(lower.hasSuffix(".md.txt") ? 4 : 3)) + (lower.hasSuffix(".md.txt") ? "" : "md")
            return LocalizedText(
                es: "Windows oculta la extensión «.txt» y el Bloc de notas la agrega: cámbiele el nombre a «\(fixed)» (en el Explorador, Vista › Extensiones de nombre de archivo, para verla).",
                en: "Windows hides the «.txt» extension and Notepad adds it: rename the file to «\(fixed)» (in Explorer, View › File name extensions, to see it).")
        }
        if lower.hasSuffix(".docx") || lower.hasSuffix(".odt") {
            return LocalizedText(
                es: "Es un documento de Word: conviértalo en experiencia con «rme importar \(path)\(editionFlag)», que además dice qué corregir.",
                en: "It is a Word document: turn it into an experience with «rme importar \(path)\(editionFlag)», which also says what to fix.")
        }
        if lower.hasSuffix(".doc") || lower.hasSuffix(".rtf") {
            return LocalizedText(
                es: "Es un documento de Word antiguo: ábralo en Word, guárdelo como «Documento de Word (*.docx)» y conviértalo con «rme importar».",
                en: "It is an old Word document: open it in Word, save it as «Word Document (*.docx)» and convert it with «rme importar».")
        }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdown") {
            let base = name.split(separator: ".").dropLast().joined(separator: ".")
            return LocalizedText(
                es: "Las experiencias terminan en «.md», en minúsculas: cámbiele el nombre a «\(base).md».",
                en: "Experiences end in «.md», in lower case: rename the file to «\(base).md».")
        }
        return LocalizedText(
            es: "Solo los archivos .md son experiencias; este no se publica. Sáquelo de la carpeta.",
            en: "Only .md files are experiences; this one is not published. Move it out of the folder.")
    }
}
