import Content
import Foundation
import Markup
import Rendering

/// The fuzz target over template rendering: hostile values (the input split at newlines, each with
/// `HTMLOracle.canary` appended) put into every text field of the real edition, its pages rendered, and each
/// page held to `HTMLOracle`.
///
/// The values go in past the checker, as a decoded edition: the templates must be safe for any string the
/// model can hold, not only for those the rules let through.
public enum RenderFuzzTarget {
    /// Runs one input.
    public static func run(_ data: [UInt8]) {
        let values = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let hostile = render(edition(with: values.map { $0 + HTMLOracle.canary }))
        for (path, html) in hostile { HTMLOracle.verify(html, path: path, scripts: baseline[path] ?? 0) }
    }

    /// How many `<script` each page has when every value is harmless: the templates' own scripts.
    static let baseline: [String: Int] = render(edition(with: ["x"])).mapValues(HTMLOracle.scriptCount)

    static let templates: TemplateLibrary = {
        do { return try TemplateLibrary.load(projectTemplates: "Templates", override: nil) } catch {
            RealEdition.stop("the templates do not load: \(error)")
        }
    }()

    /// Every HTML page of the booklet and the site, by path.
    static func render(_ edition: Edition) -> [String: String] {
        let site = SiteRenderer(templates: templates)
        var files: [RenderedFile] = []
        do {
            files += try EditionRenderer(templates: templates).render(edition, generatedAt: nil)
            files += try site.editionHome(of: edition, pdf: nil, generatedAt: nil)
            files += try site.regionPages(of: edition, generatedAt: nil)
            files += try site.summaryPage(of: edition, generatedAt: nil)
            let entry = ArchiveEntry(id: edition.id, title: edition.info.titulo, period: edition.info.periodo)
            files += try site.archiveIndex([entry], regions: edition.experiences.map(\.region.name), generatedAt: nil)
        } catch {
            FuzzFailure.fail("rendering failed on values a decoded edition can hold", "\(error)")
        }
        var pages: [String: String] = [:]
        for file in files where file.path.hasSuffix(".html") { pages[file.path] = String(decoding: file.data, as: UTF8.self) }
        return pages
    }

    /// The real edition, cut to its first two experiences, with its first experience, its first front page and `edition.yaml`'s text fields
    /// replaced by `values`, taken in turn (repeated when there are fewer values than fields).
    static func edition(with values: [String]) -> Edition {
        var source = ValueSource(values: values)
        let real = RealEdition.shared.edition
        var info = real.info
        info.titulo = source.next()
        info.periodo = source.next()
        info.descripcion = source.next()
        info.editor.nombre = source.next()
        info.editor.institucion = source.next()
        info.editor.sitio = source.next()
        info.coordinacionNacional = [source.next(), source.next()]
        info.comiteEditorial = [source.next()]
        info.diseno = source.next()
        info.agradecimientos = source.next()
        var experiences = real.experiences
        if let first = experiences.first {
            let sections = first.sections.map { section in
                let text = source.next()
                return ExperienceSection(
                    id: section.id, heading: source.next(), html: Markup.html(text), listItemsHTML: [Markup.html(source.next())],
                    plainText: text)
            }
            experiences[0] = Experience(
                sourcePath: first.sourcePath, slug: first.slug, region: first.region, provincia: source.next(), red: source.next(),
                desde: first.desde, dependencia: [source.next()], niveles: [source.next()], localizacion: source.next(),
                comunas: [source.next(), source.next()], integrantes: [source.next()], establecimientos: [source.next()],
                enfasis: [source.next()], sections: sections)
        }
        var pages = real.pages
        if let page = pages.first { pages[0] = FrontPage(slug: page.slug, title: source.next(), bodyHTML: Markup.html(source.next())) }
        // Two experiences are enough for every template (a region page with neighbours, a summary to compare)
        // and keep a run at an eighth of the whole edition's time.
        return Edition(id: real.id, info: info, pages: pages, experiences: Array(experiences.prefix(2)))
    }

    /// The fuzzer's values, handed out in turn.
    struct ValueSource {
        let values: [String]
        var index = 0

        mutating func next() -> String {
            defer { index += 1 }
            return values.isEmpty ? HTMLOracle.canary : values[index % values.count]
        }
    }
}
