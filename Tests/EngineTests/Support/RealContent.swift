import Foundation
import Engine
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

    /// Copies the real `Content/` and `Templates/` into `scratch`, a project `rme build` can run in; returns the scratch path.
    static func copyProject(into scratch: ScratchFolder) throws -> String {
        _ = try copy(into: scratch)
        try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent("Templates").path, toPath: scratch.path("Templates"))
        return scratch.path
    }

    /// Rewrites one experience of the copied project with a change that keeps it valid, so the next build differs.
    static func touchExperience(in project: String, mark: String) throws {
        let file = project + "/Content/\(editionID)/experiencias/tarapaca.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let marked = text.replacingOccurrences(
            of: #"Aunar criterios( \(v-[a-z0-9]+\))?"#, with: "Aunar criterios (v-\(mark))", options: .regularExpression)
        guard marked.contains("(v-\(mark))") else { throw Unchanged(file: file) }
        try marked.write(toFile: file, atomically: true, encoding: .utf8)
    }

    /// The text `touchExperience` looks for is gone from the real content.
    struct Unchanged: Error, CustomStringConvertible {
        let file: String
        var description: String { "\(file) no longer holds «Aunar criterios»" }
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
