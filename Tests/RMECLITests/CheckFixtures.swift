import Foundation
import TestSupport
@testable import RMECLI

/// Paths of the fixture editions and golden files of the CLI tests.
enum CheckFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// An edition whose files hold errors and warnings of several kinds (see its files).
    static let editionWithErrors = folder.appendingPathComponent("Fixtures/edicion-con-errores").path
    /// One experience of that edition whose only problems are warnings.
    static let warningsOnly = editionWithErrors + "/experiencias/atacama.md"
    /// The real edition transcribed from the 2018 booklet.
    static let realEdition = Repository.content.appendingPathComponent("2015-2017").path

    static let goldenFolder = folder.appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Output as golden files hold it: repository-relative paths, and the current year (the
    /// latest accepted in `desde`, which messages quote) as `<año actual>` so they last past December.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: Repository.root.path + "/", with: "")
            .replacingOccurrences(of: String(CurrentYear.now), with: "<año actual>")
    }
}
