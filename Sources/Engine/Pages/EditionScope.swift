import Content
import Diagnostics
import Rendering

/// Runs a renderer for one edition's pages and keeps what it made inside the edition's folder.
enum EditionScope {
    /// The files `render` makes, a template failure turned into a build error, and an error if any file
    /// lies outside `<edition id>/` (it would overwrite another edition's pages or the archive).
    static func files(
        of edition: Edition, _ render: () throws(RenderError) -> [RenderedFile]
    ) throws(BuildError) -> [RenderedFile] {
        let files: [RenderedFile]
        do {
            files = try render()
        } catch {
            throw .template(error)
        }
        let prefix = edition.id + "/"
        if let stray = files.first(where: { !$0.path.hasPrefix(prefix) }) {
            throw BuildError(.unsafeOutputPath, LocalizedText(
                es: "la página «\(stray.path)» de la edición \(edition.id) queda fuera de su carpeta \(prefix)",
                en: "the page \"\(stray.path)\" of edition \(edition.id) lies outside its folder \(prefix)"))
        }
        return files
    }
}
