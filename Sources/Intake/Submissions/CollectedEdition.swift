import Content
import Rendering
import Validation
import WordExchange

/// The edition the service collects, and what reading and checking a region's file needs: where its folder
/// is, the check settings (schema and year), the templates the preview renders with, and pandoc.
public struct CollectedEdition: Sendable {
    /// The edition's id ("2015-2017").
    public let id: String
    /// The content root (`Content`), holding the edition's folder.
    public let contentRoot: String
    public let settings: CheckSettings
    public let templates: TemplateLibrary
    /// Reads Word files; `nil` when pandoc is not installed (then only `.md` and pasted text are accepted).
    public let pandoc: Pandoc?

    public init(id: String, contentRoot: String, settings: CheckSettings, templates: TemplateLibrary, pandoc: Pandoc?) {
        self.id = id
        self.contentRoot = contentRoot
        self.settings = settings
        self.templates = templates
        self.pandoc = pandoc
    }

    /// The edition's folder.
    public var path: String { contentRoot + "/" + id }

    /// The folder as it is now: the editor's acceptances change it while the service runs.
    func scan() -> EditionFolder? { EditionFolder.scan(path: path) }

    /// Whether `edition.yaml` reads without errors now: previews need its title, period and page setup.
    public func editionDataReady() async -> Bool {
        guard let folder = scan(), let check = try? await Checker.check(folder, settings: settings) else { return false }
        return check.partialEdition != nil
    }

    /// The file a region's experience is written to: `<contenido>/<id>/experiencias/<región>.md`.
    public func experiencePath(of region: String) -> String { path + "/experiencias/" + region + ".md" }

    /// The regions an edition collects: every region of the schema, north to south.
    public var regions: [RegionSpec] { settings.schema.regions.sorted { $0.region.order < $1.region.order } }

    /// The region a slug names, among the schema's.
    public func region(slug: String) -> RegionSpec? { regions.first { $0.region.slug == slug } }
}
