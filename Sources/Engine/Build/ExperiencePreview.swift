import Content
import Rendering

/// One experience shown alone, as it will be published: its region page with the edition's stylesheets, and a
/// booklet holding only its chapter, for a print proof. Nothing of the edition's other experiences is in
/// it, so a region's preview never shows another region's work.
public struct ExperiencePreview: Sendable {
    /// The files by their path under the edition ("regiones/tarapaca.html", "css/site.css", "booklet.html").
    public let files: [String: RenderedFile]
    /// The region page's path among `files`.
    public let regionPagePath: String
    /// The edition the files were rendered in: its frame, with `experience` as its only chapter.
    public let edition: Edition

    /// The preview of `experience` in the frame of `edition` (its `edition.yaml`), with `templates`.
    public static func render(_ experience: Experience, in edition: Edition, templates: TemplateLibrary) throws(BuildError) -> ExperiencePreview {
        let alone = Edition(id: edition.id, info: edition.info, pages: [], experiences: [experience])
        let site = SiteRenderer(templates: templates)
        let booklets = EditionRenderer(templates: templates)
        do throws(RenderError) {
            var rendered = booklets.stylesheets(under: alone.id) + [try booklets.pageSetupCSS(alone)]
            let regions = RegionSummary.all(in: alone)
            let chapter = try booklets.chapterHTML(experience, titleLevel: 2)
            let page = try site.regionPage(of: alone, regions: regions, at: 0, chaptersHTML: chapter, generatedAt: nil)
            rendered.append(page)
            let bookletChapter = try booklets.chapterHTML(experience, titleLevel: 1)
            rendered.append(RenderedFile(
                path: EditionPages.bookletPath(for: alone.id),
                text: try booklets.booklet(alone, chapters: [bookletChapter], generatedAt: nil)))
            let prefix = alone.id + "/"
            var files: [String: RenderedFile] = [:]
            for file in rendered where file.path.hasPrefix(prefix) { files[String(file.path.dropFirst(prefix.count))] = file }
            return ExperiencePreview(files: files, regionPagePath: String(page.path.dropFirst(prefix.count)), edition: alone)
        } catch {
            throw .template(error)
        }
    }

    /// The files with their paths under the edition's folder, as the print proof wants them.
    public var siteFiles: [String: RenderedFile] {
        Dictionary(uniqueKeysWithValues: files.map { (edition.id + "/" + $0.key, $0.value) })
    }
}
