/// The lines two versions of a file differ by, as the editor's diff shows them.
enum LineDiff {
    /// One line of the diff: kept, added or removed.
    enum Line: Equatable {
        case same(String)
        case added(String)
        case removed(String)
    }

    /// The lines of `new` against `old`, in `new`'s order, removed lines where they were; long runs of
    /// unchanged lines are cut to three around each change.
    static func lines(from old: String, to new: String, context: Int = 3) -> [Line?] {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let changes = after.difference(from: before)
        var removedAt: [Int: [String]] = [:]
        var inserted = Set<Int>()
        var removedOffsets = Set<Int>()
        for change in changes {
            switch change {
            case .insert(let offset, _, _): inserted.insert(offset)
            case .remove(let offset, let element, _):
                removedOffsets.insert(offset)
                removedAt[offset, default: []].append(element)
            }
        }
        // Walk both files: removed lines of `before` come before the line of `after` that follows them.
        var all: [Line] = []
        var oldIndex = 0
        for (newIndex, line) in after.enumerated() {
            while oldIndex < before.count, removedOffsets.contains(oldIndex) {
                all.append(.removed(before[oldIndex]))
                oldIndex += 1
            }
            if inserted.contains(newIndex) {
                all.append(.added(line))
            } else {
                all.append(.same(line))
                oldIndex += 1
            }
        }
        while oldIndex < before.count {
            if removedOffsets.contains(oldIndex) { all.append(.removed(before[oldIndex])) }
            oldIndex += 1
        }
        return trimmed(all, context: context)
    }

    /// `lines` with unchanged runs longer than twice `context` replaced by `nil` (a gap).
    private static func trimmed(_ lines: [Line], context: Int) -> [Line?] {
        let changed = lines.indices.filter { if case .same = lines[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return [] }
        var keep = Set<Int>()
        for index in changed { for near in max(0, index - context)...min(lines.count - 1, index + context) { keep.insert(near) } }
        var out: [Line?] = []
        var skipped = false
        for index in lines.indices {
            if keep.contains(index) {
                out.append(lines[index])
                skipped = false
            } else if !skipped {
                out.append(nil)
                skipped = true
            }
        }
        return out
    }
}
