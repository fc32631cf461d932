import Foundation

/// Slows down guessing: each wrong code from an address in the last quarter hour doubles the wait before the
/// answer (a quarter second, half, one, … at most eight), so a guesser gets a handful of tries a minute.
actor SignInThrottle {
    private var failures: [String: [Date]] = [:]
    private let window: TimeInterval = 15 * 60

    /// How long to wait before answering a wrong code from `address`, counting this one.
    func failed(from address: String, now: Date = Date()) -> Duration {
        var recent = (failures[address] ?? []).filter { now.timeIntervalSince($0) < window }
        recent.append(now)
        failures[address] = recent
        if failures.count > 10_000 { failures = failures.filter { !$0.value.isEmpty && now.timeIntervalSince($0.value.last!) < window } }
        let exponent = min(recent.count - 1, 5)
        return .milliseconds(250 << exponent)
    }

    /// The wrong codes from `address` in the window.
    func recentFailures(from address: String, now: Date = Date()) -> Int {
        (failures[address] ?? []).filter { now.timeIntervalSince($0) < window }.count
    }
}

/// A session's requests per minute, kept under a limit with a token bucket: a burst is fine, a loop is not.
actor RequestRate {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private var buckets: [Int64: Bucket] = [:]
    /// Requests a session may make in a minute on average.
    let perMinute: Int
    /// Requests it may make at once.
    private var burst: Double { Double(max(perMinute / 5, 10)) }

    init(perMinute: Int) { self.perMinute = perMinute }

    /// Whether the session `id` may make one more request now.
    func allows(_ id: Int64, now: Date = Date()) -> Bool {
        var bucket = buckets[id] ?? Bucket(tokens: burst, updated: now)
        bucket.tokens = min(burst, bucket.tokens + now.timeIntervalSince(bucket.updated) * Double(perMinute) / 60)
        bucket.updated = now
        let allowed = bucket.tokens >= 1
        if allowed { bucket.tokens -= 1 }
        buckets[id] = bucket
        return allowed
    }
}

/// At most `limit` tasks at once through a section (the Word conversions, which run pandoc); the rest wait in turn.
actor Gate {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    /// Runs `work` when a place is free.
    func pass<T: Sendable>(_ work: @Sendable () async -> T) async -> T {
        if running >= limit { await withCheckedContinuation { waiting.append($0) } } else { running += 1 }
        defer { leave() }
        return await work()
    }

    private func leave() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
    }
}
