import Content
import Foundation
@testable import Rendering
import TestSupport

/// Rendering helpers shared by the suites: the project's templates, the real booklet, files by path.
enum Rendered {
    static var templatesFolder: String { Repository.root.appendingPathComponent("Templates").path }

    /// The project's `Templates/`, optionally with an override folder.
    static func library(override: String? = nil) throws -> TemplateLibrary {
        try TemplateLibrary.load(projectTemplates: templatesFolder, override: override)
    }

    /// Every file of an edition rendered with the project's templates.
    static func files(
        _ edition: Edition, strings: StringsTable = .spanish, override: String? = nil, generatedAt: String? = nil
    ) throws -> [RenderedFile] {
        try EditionRenderer(templates: library(override: override), strings: strings).render(edition, generatedAt: generatedAt)
    }

    /// The text of the file at `path` among `files`.
    static func text(_ path: String, in files: [RenderedFile]) throws -> String {
        guard let file = files.first(where: { $0.path == path }) else {
            throw RealEdition.LoadError(description: "no rendered file \(path) among \(files.map(\.path))")
        }
        return String(decoding: file.data, as: UTF8.self)
    }

    /// A folder of its own under the temporary directory, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rme-rendering-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes text to `relativePath` under `folder`, creating folders.
    static func write(_ text: String, to relativePath: String, under folder: URL) throws {
        let url = folder.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
