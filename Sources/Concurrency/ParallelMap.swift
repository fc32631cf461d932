import Foundation

/// Maps over a collection on every core, keeping the input's order, and stops early when the task is cancelled.
///
/// One small helper in place of lock-guarded result slots and `concurrentPerform`: the work runs in a task
/// group, so it inherits the caller's cancellation, and a nested call (the chapters inside an edition's
/// pages) shares the cooperative pool instead of serialising behind the outer loop.
public enum ParallelMap {
    /// How many child tasks run at once: the cores the process may use.
    public static var width: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to each element, results in the elements' order; throws `CancellationError`
    /// when the calling task is cancelled before every element ran.
    public static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) throws -> Value
    ) async throws -> [Value] {
        if elements.count <= 1 {
            try Task.checkCancellation()
            return try elements.map(transform)
        }
        return try await withThrowingTaskGroup(of: (Int, Value).self) { group in
            var results = [Value?](repeating: nil, count: elements.count)
            var next = 0
            // A bounded window rather than one task per element: ten thousand queued tasks hold their
            // closures and results at once, and a cancelled build should stop starting new ones.
            while next < min(width * 2, elements.count) {
                let index = next
                group.addTask { (index, try transform(elements[index])) }
                next += 1
            }
            while let (index, value) = try await group.next() {
                results[index] = value
                if next < elements.count {
                    try Task.checkCancellation()
                    let index = next
                    group.addTask { (index, try transform(elements[index])) }
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }
}
