import Foundation

/// Where the repository and the shared material are, seen from the tests.
public enum Repository {
    /// The package root (the folder holding `Package.swift`).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/TestSupport/Repository.swift -> package root
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `../shared` beside the checkout, or `RME_SHARED` when set.
    public static let shared: URL = {
        if let override = ProcessInfo.processInfo.environment["RME_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// Whether `../shared` is there; tests that read it are skipped, saying so, when it is not.
    public static var sharedIsPresent: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("commonmark/spec.txt").path)
    }

    /// The sentence a skipped test gives as its reason.
    public static let sharedAbsentReason =
        "../shared is absent (expected beside the checkout, or set RME_SHARED): the test that reads it is skipped"

    /// The real content folder of the repository.
    public static var content: URL { root.appendingPathComponent("Content") }

    /// Reads a file of the shared folder as text.
    public static func sharedText(_ relativePath: String) throws -> String {
        try String(contentsOf: shared.appendingPathComponent(relativePath), encoding: .utf8)
    }
}
