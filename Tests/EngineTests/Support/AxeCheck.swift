import Foundation
import Testing
import TestSupport

/// axe-core run in headless Chromium over pages, through `scripts/axe-check.py` (selenium, Debian's chromium
/// and chromium-driver, axe.min.js from a PyPI package; `scripts/install-deps.sh accessibility` installs them).
enum AxeCheck {
    static let script = Repository.root.appendingPathComponent("scripts/axe-check.py").path

    /// Whether the script finds everything it needs (it says what is missing otherwise).
    static let available: Bool = {
        guard ExternalTool.installed("python3") else { return false }
        return (try? ExternalTool.run("python3", [script, "--tools"]).status) == 0
    }()

    static let absentReason = Comment(rawValue:
        "axe-core check needs python3 with selenium, Debian's chromium and chromium-driver, and axe.min.js from PyPI axe-playwright-python (`scripts/install-deps.sh accessibility`, run by `make test`): test skipped")

    /// One rule broken on a page.
    struct Violation: Decodable, CustomStringConvertible {
        let id: String
        let impact: String?
        let help: String
        let targets: [String]
        var description: String { "\(id) (\(impact ?? "?")): \(help) at \(targets.joined(separator: ", "))" }
    }

    /// The script's report.
    struct Report: Decodable {
        let axe: String?
        let pages: [String: [Violation]]
    }

    /// The violations axe-core finds on each page (absolute paths).
    static func run(_ pages: [String]) throws -> Report {
        let result = try ExternalTool.run("python3", [script] + pages)
        guard result.status == 0 else {
            throw ExternalTool.Missing(name: "axe-check.py exited \(result.status): \(result.stderr)")
        }
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }
}
