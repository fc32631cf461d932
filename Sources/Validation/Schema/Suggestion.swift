/// Finds the known word a misspelling most likely meant, for did-you-mean hints.
public enum Suggestion {
    /// The candidate closest to `text` in `TextKey` form, when it is close enough to be a typo.
    ///
    /// Close enough: at most a third of the longer word's letters differ (at
    /// least 1, at most 3), or one is the start of the other and both have four
    /// or more letters ("establecimiento" → "establecimientos", "nivel" → "niveles").
    /// `allowing` widens the distance tolerated (a subcommand typed with two letters swapped is two edits).
    public static func closest(to text: String, among candidates: [String], allowing extra: Int = 0) -> String? {
        let key = TextKey.of(text)
        guard !key.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = TextKey.of(candidate)
            if other == key { return candidate }
            let prefix = min(key.count, other.count) >= 4 && (key.hasPrefix(other) || other.hasPrefix(key))
            let allowed = min(3, max(1, max(key.count, other.count) / 3)) + extra
            // The distance is at least the difference in length: skip the quadratic
            // measure for a pasted paragraph compared with a one-word key.
            guard prefix || abs(key.count - other.count) <= allowed else { continue }
            let distance = prefix ? abs(key.count - other.count) : editDistance(Array(key), Array(other))
            guard distance <= allowed || prefix else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance between two character arrays (two rows, linear memory).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
