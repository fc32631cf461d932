import Content
import Diagnostics
import Rendering

/// The pages the Rendering module makes for one edition: the booklet and the files it needs.
struct EditionPages: EditionPageMaker {
    /// The booklet's path, relative to the output folder; the PDF is printed from it.
    static func bookletPath(for editionID: String) -> String { "\(editionID)/booklet.html" }

    /// The PDF's path beside the booklet.
    static func pdfPath(for editionID: String) -> String { "\(editionID)/booklet.pdf" }

    /// The Rendering module's files for the edition, each checked to stay in the edition's folder.
    func files(for edition: Edition, in context: RenderContext) throws(BuildError) -> [RenderedFile] {
        let renderer = EditionRenderer(templates: context.templates)
        let files: [RenderedFile]
        do {
            files = try renderer.render(edition, generatedAt: context.generatedAt)
        } catch {
            throw .template(error)
        }
        let prefix = edition.id + "/"
        // A renderer that strayed outside its edition's folder would overwrite another edition's pages.
        if let stray = files.first(where: { !$0.path.hasPrefix(prefix) }) {
            throw BuildError(.unsafeOutputPath, LocalizedText(
                es: "la página «\(stray.path)» de la edición \(edition.id) queda fuera de su carpeta \(prefix)",
                en: "the page \"\(stray.path)\" of edition \(edition.id) lies outside its folder \(prefix)"))
        }
        return files
    }
}
