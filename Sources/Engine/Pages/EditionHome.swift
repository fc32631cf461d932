import Content
import Rendering

/// `<edition>/index.html`: the edition's home, linking the booklet, its regions and the summary.
struct EditionHome: EditionPageMaker {
    /// Whether this build prints `booklet.pdf`: the home links the PDF only then, so it never links a missing file.
    let linksPDF: Bool

    /// The home of one edition.
    func files(for edition: Edition, in context: RenderContext) throws(BuildError) -> [RenderedFile] {
        try EditionScope.files(of: edition) { () throws(RenderError) in
            try SiteRenderer(templates: context.templates)
                .editionHome(of: edition, linksPDF: linksPDF, generatedAt: context.generatedAt)
        }
    }
}
