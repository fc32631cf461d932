import Foundation

/// A fixed number of slots filled from concurrent iterations, each slot written once.
final class ParallelResults<Value>: @unchecked Sendable {
    // Safe because every write holds the lock and reads happen after concurrentPerform returns.
    private var slots: [Value?]
    private let lock = NSLock()

    /// `count` empty slots.
    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Stores the result of iteration `index`.
    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    /// The slots in order; `nil` where an iteration stored nothing.
    var values: [Value?] {
        lock.withLock { slots }
    }
}
