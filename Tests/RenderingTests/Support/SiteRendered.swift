import Content
import Foundation
@testable import Rendering
import Testing
import TestSupport

/// The site's pages rendered with the project's templates, and small readers of their HTML, for the Site suites.
enum SiteRendered {
    /// The real edition, checked once for all the site suites (the checker runs every rule on every file).
    static let realEdition: Result<Edition, RealEdition.LoadError> = {
        do { return .success(try RealEdition.load()) } catch let error as RealEdition.LoadError {
            return .failure(error)
        } catch {
            return .failure(RealEdition.LoadError(description: "\(error)"))
        }
    }()

    /// A renderer over the project's templates.
    static func renderer(strings: StringsTable = .spanish) throws -> SiteRenderer {
        SiteRenderer(templates: try Rendered.library(), strings: strings)
    }

    /// The text of the page at `path` (relative to the output folder) among `files`.
    static func page(_ path: String, in files: [RenderedFile]) throws -> String {
        try Rendered.text(path, in: files)
    }

    /// The region page of `slug` in `edition`.
    static func regionPage(_ slug: String, of edition: Edition, strings: StringsTable = .spanish) throws -> String {
        try page("\(edition.id)/regiones/\(slug).html", in: try renderer(strings: strings).regionPages(of: edition, generatedAt: nil))
    }

    /// The summary page of `edition`.
    static func summaryPage(of edition: Edition, strings: StringsTable = .spanish) throws -> String {
        try page("\(edition.id)/resumen.html", in: try renderer(strings: strings).summaryPage(of: edition, generatedAt: nil))
    }

    /// Every `<tag ...>…</tag>` element's inner HTML, in document order.
    static func elements(_ tag: String, in html: String) -> [String] { HTMLReading.elements(tag, in: html) }

    /// The text of HTML without its tags, white space collapsed.
    static func text(_ html: String) -> String { HTMLReading.text(html) }

    /// The `<dt>`/`<dd>` pairs of the first `<dl class="name…">`, as text.
    static func definitions(_ className: String, in html: String) -> [String: String] { HTMLReading.definitions(className, in: html) }

    /// The heading levels of a page in order.
    static func headingLevels(_ html: String) -> [Int] { HTMLReading.headingLevels(html) }

    /// Compares `actual` with `Golden/<name>`; `RECORD_GOLDEN=1` writes the file instead and fails once, so a
    /// recording never passes unseen (review it with `git diff Tests/RenderingTests/Golden`, then run again).
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded \(name); review it with git diff and re-run without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if let difference = GoldenDifference(expected: expected, actual: actual) {
            Issue.record("\(name) differs (re-record with RECORD_GOLDEN=1 if intended): \(difference)", sourceLocation: sourceLocation)
        }
    }
}
