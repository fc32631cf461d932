/// Turns a burst of changes into one call: editors save several files at once, and write through temporary
/// files and renames, so a rebuild waits until the changes have paused for `quiet` (at most `longest`).
actor Debouncer {
    private let quiet: Duration
    private let longest: Duration
    private let fire: @Sendable () async -> Void
    private var first: ContinuousClock.Instant?
    private var last: ContinuousClock.Instant?

    init(quiet: Duration, longest: Duration, fire: @escaping @Sendable () async -> Void) {
        self.quiet = quiet
        self.longest = longest
        self.fire = fire
    }

    /// A change: the call waits for the burst to end.
    func poke() {
        let now = ContinuousClock.now
        last = now
        guard first == nil else { return }
        first = now
        Task { await self.wait() }
    }

    private func wait() async {
        while let first, let last {
            let now = ContinuousClock.now
            if now - last >= quiet || now - first >= longest { break }
            try? await Task.sleep(for: min(quiet - (now - last), longest - (now - first)))
        }
        first = nil
        last = nil
        await fire()
    }
}
