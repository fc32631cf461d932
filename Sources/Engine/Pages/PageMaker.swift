import Content
import Diagnostics
import Rendering

/// What every page maker is given besides the content: the templates in force and the build's date.
struct RenderContext: Sendable {
    let templates: TemplateLibrary
    /// The date to print, from `SOURCE_DATE_EPOCH`; `nil` keeps the output free of dates.
    let generatedAt: String?
}

/// A kind of page made for each edition (the booklet, and later region pages, the summary, the edition home).
///
/// Paths are relative to the output folder and start with the edition's id. The pipeline
/// runs editions in parallel, so a maker must not depend on another edition's pages.
protocol EditionPageMaker: Sendable {
    /// The files of this kind for one edition.
    func files(for edition: Edition, in context: RenderContext) throws(BuildError) -> [RenderedFile]
}

/// A kind of page made once from every edition (the note on the output folder, later the archive index).
protocol SitePageMaker: Sendable {
    /// The files of this kind for the whole output.
    func files(for editions: [Edition], in context: RenderContext) throws(BuildError) -> [RenderedFile]
}

extension BuildError {
    /// A template failure, naming its file and line as the Rendering module reported them.
    static func template(_ error: RenderError) -> BuildError {
        let place = error.line.map { "\(error.file):\($0)" } ?? error.file
        return BuildError(.template, LocalizedText(
            es: "\(place): error de plantilla: \(error.message.es)",
            en: "\(place): template error: \(error.message.en)"))
    }
}
