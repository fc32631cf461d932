import Diagnostics
import Foundation
import Validation

/// Whether the edition in `Content/` builds now, as `rme build` would find it: the whole folder checked,
/// with the accepted files in place.
struct EditionStatus: Sendable {
    let errors: Int
    let warnings: Int
    /// The first findings, `archivo:línea:columna mensaje`, for the dashboard.
    let lines: [String]
    /// The experiences present in the folder (accepted or written by hand).
    let experiences: Int
    /// Set when the folder itself is missing.
    let missing: Bool

    /// Builds if it has no error.
    var builds: Bool { !missing && errors == 0 }

    /// The status of `edition`'s folder now.
    static func of(_ edition: CollectedEdition, language: Language) async -> EditionStatus {
        guard let folder = edition.scan(), let check = try? await Checker.check(folder, settings: edition.settings) else {
            return EditionStatus(errors: 1, warnings: 0, lines: [], experiences: 0, missing: true)
        }
        let sorted = Diagnostic.sortedForReport(check.diagnostics)
        let lines = sorted.prefix(30).map { diagnostic -> String in
            let path = diagnostic.file ?? edition.path
            let file = path.hasPrefix(edition.contentRoot + "/") ? String(path.dropFirst(edition.contentRoot.count + 1)) : path
            let place = diagnostic.range.map { ":\($0.start.line):\($0.start.column)" } ?? ""
            let kind = diagnostic.severity == .error ? "error" : "advertencia"
            return "\(file)\(place): \(kind): \(diagnostic.message.text(in: language))"
        }
        return EditionStatus(
            errors: sorted.filter { $0.severity == .error }.count, warnings: sorted.filter { $0.severity != .error }.count,
            lines: Array(lines), experiences: folder.experienceFiles.count, missing: false)
    }
}
