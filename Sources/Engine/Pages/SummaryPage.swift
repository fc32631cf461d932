import Content
import Rendering

/// `<edition>/resumen.html`: the national summary computed from the validated front matter.
struct SummaryPage: EditionPageMaker {
    /// The summary of one edition.
    func files(for edition: Edition, in context: RenderContext) throws(BuildError) -> [RenderedFile] {
        try EditionScope.files(of: edition) { () throws(RenderError) in
            try SiteRenderer(templates: context.templates).summaryPage(of: edition, generatedAt: context.generatedAt)
        }
    }
}
