/// The kinds of page a build writes; each kind's inputs are listed in `PagePlanner`.
public enum PageKind: String, Sendable, Hashable, CaseIterable {
    /// `<edition>/booklet.html`, the whole booklet.
    case booklet
    /// `<edition>/css/*.css`: the fixed stylesheets and `page.css` from the page setup.
    case editionStylesheets
    /// `<edition>/index.html`.
    case editionHome
    /// `<edition>/regiones/<slug>.html`, one per region with experiences.
    case regionPage
    /// `<edition>/resumen.html`.
    case summary
    /// `<edition>/edicion.json`.
    case manifest
    /// `Output/README.md`.
    case outputNote
    /// `Output/index.html` and the stylesheets it links.
    case archive
    /// `<edition>/booklet.pdf`, printed from the booklet and its stylesheets.
    case bookletPDF
}
