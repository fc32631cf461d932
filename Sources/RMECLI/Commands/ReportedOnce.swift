import Foundation

/// Whether the check's diagnostics were printed already: claimed once, by the first to print them.
final class ReportedOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    /// `true` the first time only.
    func claim() -> Bool {
        lock.withLock {
            defer { done = true }
            return !done
        }
    }
}
