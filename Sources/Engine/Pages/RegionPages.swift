import Content
import Rendering

/// One page per region, `<edition>/regiones/<slug>.html`: the experience(s) in full, a summary card, the schools.
struct RegionPages: EditionPageMaker {
    /// The region pages of one edition.
    func files(for edition: Edition, in context: RenderContext) throws(BuildError) -> [RenderedFile] {
        try EditionScope.files(of: edition) { () throws(RenderError) in
            try SiteRenderer(templates: context.templates).regionPages(of: edition, generatedAt: context.generatedAt)
        }
    }
}
