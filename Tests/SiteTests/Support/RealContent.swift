import Foundation
import Site
import TestSupport
import Validation

/// The repository's real content, and copies of it a test may spoil.
enum RealContent {
    /// The real edition's id.
    static let editionID = "2015-2017"

    /// Check settings for a content root: its `schema.yaml` (or the built-in one) and this year.
    static func settings(contentRoot: String) -> CheckSettings {
        CheckSettings(
            schema: SchemaLoader.load(contentRoot: contentRoot).schema,
            currentYear: Calendar(identifier: .gregorian).component(.year, from: Date())
        )
    }

    /// A request building `contentRoot` into `output` with the repository's templates.
    static func request(
        contentRoot: String = Repository.content.path, output: String, editionID: String? = nil,
        pdf: Bool = false, environment: [String: String] = [:]
    ) -> BuildRequest {
        BuildRequest(
            contentRoot: contentRoot, outputPath: output,
            templatesFolder: Repository.root.appendingPathComponent("Templates").path,
            editionID: editionID, makePDF: pdf, settings: settings(contentRoot: contentRoot),
            environment: environment
        )
    }

    /// Copies the real `Content/` into `scratch/Content` and returns its path.
    static func copy(into scratch: ScratchFolder) throws -> String {
        let target = scratch.path("Content")
        try FileManager.default.copyItem(atPath: Repository.content.path, toPath: target)
        return target
    }

    /// The experience files of the real edition, sorted.
    static var experienceNames: [String] {
        let folder = Repository.content.appendingPathComponent("\(editionID)/experiencias").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }
}

extension BuildOutcome {
    /// The report of a build that went through; `nil` when it was rejected.
    var report: BuildReport? {
        if case .built(let report) = self { return report }
        return nil
    }

    /// Every diagnostic of a rejected build, as "file: code" lines, for failure messages.
    var rejectionSummary: String {
        guard case .rejected(let checks) = self else { return "built" }
        return checks.flatMap(\.diagnostics).map { "\($0.file ?? "-"): \($0.severity) \($0.code) \($0.message.es)" }.joined(separator: "\n")
    }
}
