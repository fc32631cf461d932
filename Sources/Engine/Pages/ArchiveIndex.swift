import Content
import Rendering

/// `index.html` at the top of the output: every edition in it, newest first, so the yearly booklets build up
/// an archive. With `--edicion`, the editions kept from the previous output are listed beside the one built.
struct ArchiveIndex: SitePageMaker {
    /// Where the editions are (`Content`): only editions that still exist there are kept by the pipeline.
    let contentRoot: String
    /// The output this build replaces, whose kept edition folders are listed too.
    let outputPath: String

    /// The archive's page and the stylesheets it links.
    func files(for editions: [Edition], in context: RenderContext) throws(BuildError) -> [RenderedFile] {
        let built = editions.map { ArchiveEntry(id: $0.id, title: $0.info.titulo, period: $0.info.periodo) }
        let kept = keptEntries(excluding: Set(editions.map(\.id)))
        do {
            return try SiteRenderer(templates: context.templates).archiveIndex(built + kept, generatedAt: context.generatedAt)
        } catch {
            throw .template(error)
        }
    }

    /// The editions the pipeline carries over from the previous output: under the content root, not built
    /// now, with a folder in the output (the rule `BuildPipeline` keeps folders by).
    func keptEntries(excluding built: Set<String>) -> [ArchiveEntry] {
        EditionFolder.editions(underContentRoot: contentRoot).map(\.id).filter { !built.contains($0) }.compactMap { id in
            let folder = outputPath + "/" + id
            guard FileSystemCalls.kind(of: folder) == .directory else { return nil }
            return EditionManifest.keptEntry(id: id, folder: folder)
        }
    }
}
