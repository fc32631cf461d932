import Content
import Foundation
import Markup
import TestSupport
import Validation

/// The real `Content/2015-2017` edition as the pipeline sees it: scanned and checked, then decoded by `Checker`.
enum RealEdition {
    /// Why the edition could not be loaded, in words the test failure shows.
    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    static var folder: URL { Repository.content.appendingPathComponent("2015-2017") }

    /// The schema of the repository's content (its `schema.yaml`, or the built-in one).
    static var schema: Schema { SchemaLoader.load(contentRoot: Repository.content.path).schema }

    /// The whole edition: `edition.yaml`, front pages and the fifteen experiences, or the errors that stop it.
    static func load() throws -> Edition {
        guard let scanned = EditionFolder.scan(path: folder.path) else { throw LoadError(description: "no folder \(folder.path)") }
        // File by file on this thread (the engine checks them in parallel): a test's fixture need not be async.
        let settings = CheckSettings(schema: schema, currentYear: 2026)
        let read = { (path: String) in InputFile.read(path: path) ?? InputFile(path: path, bytes: []) }
        let check = Checker.checkEdition(
            scanned, editionFile: scanned.editionFile.map { ($0, InputFile.read(path: $0)) },
            pages: scanned.pageFiles.map { Checker.check(read($0), kind: .frontPage, settings: settings) },
            experiences: scanned.experienceFiles.map { Checker.check(read($0), kind: .experience, settings: settings) },
            settings: settings)
        guard let edition = check.edition else {
            let errors = check.diagnostics.filter { $0.severity == .error }
                .map { "\($0.file ?? "-"):\($0.range?.start.line ?? 0) \($0.code)" }
            throw LoadError(description: "the real edition does not pass the checker: \(errors)")
        }
        return edition
    }

    /// One experience of the edition, by slug ("tarapaca").
    static func experience(_ slug: String) throws -> Experience {
        guard let experience = try load().experiences.first(where: { $0.slug == slug }) else {
            throw LoadError(description: "no experience \(slug)")
        }
        return experience
    }
}
