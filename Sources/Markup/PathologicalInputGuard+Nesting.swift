import Diagnostics

extension PathologicalInputGuard {
    /// Follows the open list items and block quotes line by line, as libcmark's block
    /// parser does, and counts its walks through them (the `nesting` measure).
    ///
    /// Only what decides which containers stay open is followed: `>` markers, list
    /// markers with their content indentation, thematic breaks (which are not list
    /// items), blank lines and lazy continuation lines. Where this differs from cmark
    /// (fenced code and HTML blocks are not recognised, nor the rules for list items
    /// that interrupt a paragraph) it keeps more containers open than cmark does, never
    /// fewer, so the count can only come out high.
    struct NestingScan {
        private let limit: Int
        private var open: [Container] = []
        /// `prefixNodes[i]`: the cmark nodes behind `open[..<i]`; the last is what one walk from
        /// the innermost container to the root visits.
        private var prefixNodes = [0]
        /// The indices in `open` of its block quotes, which no blank line continues.
        private var quoteIndices: [Int] = []
        /// Container-walk steps so far (the measure).
        private var steps = 0
        /// Whether the previous line left text open, so a line that continues fewer containers is lazy.
        private var previousLineHadText = false

        private init(limit: Int) {
            self.limit = limit
        }

        /// The `nesting` excess of a body, or `nil` when its container walks stay within `limit`.
        static func firstExcess(in source: SourceText, limit: Int) -> Excess? {
            var scan = NestingScan(limit: limit)
            return source.bytes.withUnsafeBufferPointer { bytes -> Excess? in
                // After a final line terminator the line table opens an empty line that cmark never reads.
                let lines = source.lineCount > 1 && source.byteLength(ofLine: source.lineCount) == 0 ? source.lineCount - 1 : source.lineCount
                for line in 1...lines {
                    let start = source.byteOffset(ofLine: line)
                    if let excess = scan.process(line: start..<(start + source.byteLength(ofLine: line)), of: bytes) {
                        return excess
                    }
                }
                return nil
            }
        }

        /// One open list item or block quote.
        private struct Container {
            var isItem: Bool
            /// For an item: the columns of indentation a line needs to stay in it.
            var contentIndent: Int
            /// For an item: whether it holds a block yet (an item opened empty ends at a blank line).
            var hasContent: Bool
            /// The byte of its marker, where the refusal points.
            var markerOffset: Int
            /// The cmark nodes it stands for: a list and its item, or one block quote.
            var nodes: Int { isItem ? 2 : 1 }
        }

        /// Advances over one line: continues, closes and opens containers, and counts the walks.
        private mutating func process(line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Excess? {
            var cursor = LineCursor(line: line)

            // Continue the open containers, outermost first, as `check_open_blocks` does.
            var matched = 0
            var quotesMatched = 0
            while matched < open.count {
                let container = open[matched]
                let first = cursor.firstNonspace(in: bytes)
                let indent = first.column - cursor.column
                let blank = first.offset == line.upperBound
                if blank {
                    // A blank rest continues every item up to the next quote (the last item too, if it
                    // holds a block), each without consuming anything: cause A, counted in one step so
                    // this scan does not repeat cmark's walk.
                    var stop = quotesMatched < quoteIndices.count ? quoteIndices[quotesMatched] : open.count
                    if stop == open.count, let last = open.last, last.isItem, !last.hasContent { stop -= 1 }
                    if stop > matched {
                        cursor.moveTo(first)
                        if let excess = add(prefixNodes[stop] - prefixNodes[matched]) { return excess }
                        matched = stop
                        continue
                    }
                }
                if container.isItem {
                    if indent >= container.contentIndent {
                        cursor.advance(columns: container.contentIndent, in: bytes)
                    } else if blank && container.hasContent {
                        cursor.moveTo(first)
                    } else {
                        break
                    }
                } else {
                    guard indent <= 3, !blank, bytes[first.offset] == UInt8(ascii: ">") else { break }
                    cursor.step(over: first, in: bytes)
                    quotesMatched += 1
                }
                matched += 1
                // The last item, opened empty, continues a blank line only through its indentation: cause A still.
                if blank, let excess = add(container.nodes) { return excess }
            }

            // Open new containers, as `open_new_blocks` does.
            var opened = false
            var thematicBreakKill = line.lowerBound
            while true {
                let first = cursor.firstNonspace(in: bytes)
                guard first.offset < line.upperBound, first.column - cursor.column < 4 else { break }
                let byte = bytes[first.offset]
                if byte == UInt8(ascii: ">") {
                    push(Container(isItem: false, contentIndent: 0, hasContent: true, markerOffset: first.offset), keeping: matched, opened: &opened)
                    cursor.step(over: first, in: bytes)
                    continue
                }
                if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_"),
                   first.offset >= thematicBreakKill,
                   Self.isThematicBreak(bytes, from: first.offset, to: line.upperBound, kill: &thematicBreakKill) {
                    break
                }
                guard let width = Self.listMarkerWidth(bytes, at: first.offset, end: line.upperBound) else { break }
                let indent = first.column - cursor.column
                let padding = cursor.passListMarker(at: first, width: width, in: bytes)
                let empty = cursor.firstNonspace(in: bytes).offset == line.upperBound
                push(
                    Container(isItem: true, contentIndent: indent + padding, hasContent: !empty, markerOffset: first.offset),
                    keeping: matched, opened: &opened
                )
            }

            let rest = cursor.firstNonspace(in: bytes)
            let hasText = rest.offset < line.upperBound
            if !opened && matched < open.count && !(hasText && previousLineHadText) {
                // Not lazy: the containers this line did not continue are closed.
                close(downTo: matched)
            }
            previousLineHadText = hasText
            guard hasText, !open.isEmpty else { return nil }
            open[open.count - 1].hasContent = true
            // Each emphasis or link made from this line's text walks the containers around it: cause B.
            var marks = 0
            for offset in rest.offset..<line.upperBound {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "]") { marks += 1 }
            }
            let (walk, overflow) = marks.multipliedReportingOverflow(by: prefixNodes[open.count])
            return add(overflow ? Int.max : walk)
        }

        /// Counts walk steps; the excess once they pass the limit, placed at the outermost open container.
        private mutating func add(_ walk: Int) -> Excess? {
            steps = steps > Int.max - walk ? Int.max : steps + walk
            guard steps > limit, let outermost = open.first else { return nil }
            return Excess(structure: .nesting, byteOffset: outermost.markerOffset, measured: steps, limit: limit)
        }

        /// Opens a container inside the innermost one; the first on a line closes those the line did not continue.
        private mutating func push(_ container: Container, keeping matched: Int, opened: inout Bool) {
            if !opened {
                close(downTo: matched)
                opened = true
            }
            if let last = open.indices.last, open[last].isItem { open[last].hasContent = true }
            if !container.isItem { quoteIndices.append(open.count) }
            open.append(container)
            prefixNodes.append(prefixNodes[prefixNodes.count - 1] + container.nodes)
        }

        private mutating func close(downTo count: Int) {
            guard open.count > count else { return }
            open.removeSubrange(count...)
            prefixNodes.removeSubrange((count + 1)...)
            while let last = quoteIndices.last, last >= count { quoteIndices.removeLast() }
        }

        /// Whether the line from `offset` is a thematic break (`* * *`, `---`, `___`), as cmark's
        /// `S_scan_thematic_break` decides; on failure `kill` moves to where the scan stopped, so a
        /// later start before it is not scanned again (cmark's `thematic_break_kill_pos`).
        private static func isThematicBreak(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, to end: Int, kill: inout Int) -> Bool {
            let mark = bytes[offset]
            var count = 1
            var index = offset + 1
            while index < end {
                let byte = bytes[index]
                if byte == mark {
                    count += 1
                } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
                    break
                }
                index += 1
            }
            if count >= 3 && index == end { return true }
            kill = index
            return false
        }

        /// The byte width of a list marker at `offset` (`-`, `+`, `*`, or 1–9 digits and `.` or `)`,
        /// followed by white space or the end of the line), or `nil` when there is none.
        private static func listMarkerWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Int? {
            var index = offset
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*") {
                index += 1
            } else {
                while index < end, index - offset < 9, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
                guard index > offset, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
                index += 1
            }
            guard index == end || isSpace(bytes[index]) else { return nil }
            return index - offset
        }

        /// cmark's `cmark_isspace` for the byte after a list marker.
        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0B || byte == 0x0C
        }
    }

    /// A place in one line as cmark's block parser keeps it: a byte offset and a column,
    /// with tabs stopping every 4 columns and possibly consumed in part.
    struct LineCursor {
        let line: Range<Int>
        private(set) var offset: Int
        private(set) var column = 0
        /// The first non-blank byte at or after `offset`, kept so indentation is scanned once
        /// per line however many containers ask for it (cmark's own fix for deep lists, #255).
        private var cachedNonspace: (offset: Int, column: Int)?

        init(line: Range<Int>) {
            self.line = line
            offset = line.lowerBound
        }

        /// The first byte that is not a space or tab, from here on, with its column.
        mutating func firstNonspace(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, column: Int) {
            if let cached = cachedNonspace, cached.offset >= offset { return cached }
            var index = offset
            var at = column
            while index < line.upperBound {
                let byte = bytes[index]
                if byte == UInt8(ascii: " ") {
                    at += 1
                } else if byte == UInt8(ascii: "\t") {
                    at += 4 - at % 4
                } else {
                    break
                }
                index += 1
            }
            cachedNonspace = (index, at)
            return (index, at)
        }

        /// Moves to a place found by `firstNonspace`.
        mutating func moveTo(_ place: (offset: Int, column: Int)) {
            offset = place.offset
            column = place.column
        }

        /// Moves past a one-byte marker (`>`) at `place` and the one space or tab column after it.
        mutating func step(over place: (offset: Int, column: Int), in bytes: UnsafeBufferPointer<UInt8>) {
            offset = place.offset + 1
            column = place.column + 1
            if offset < line.upperBound, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
                advance(columns: 1, in: bytes)
            }
        }

        /// Moves past a list marker and the spaces that belong to it; returns the item's padding
        /// (marker width plus 1–4 spaces, or plus 1 when the item is empty or starts with code).
        mutating func passListMarker(at place: (offset: Int, column: Int), width: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            offset = place.offset + width
            column = place.column + width
            let saved = (offset, column)
            while column - saved.1 <= 5, offset < line.upperBound,
                  bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
                advance(columns: 1, in: bytes)
            }
            let spaces = column - saved.1
            if spaces >= 5 || spaces < 1 || offset == line.upperBound {
                (offset, column) = saved
                if spaces > 0 { advance(columns: 1, in: bytes) }
                return width + 1
            }
            return width + spaces
        }

        /// Consumes `columns` columns, taking part of a tab when it is wider than what is left.
        mutating func advance(columns: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            var remaining = columns
            while remaining > 0 && offset < line.upperBound {
                if bytes[offset] == UInt8(ascii: "\t") {
                    let width = 4 - column % 4
                    if width > remaining {
                        column += remaining
                        return
                    }
                    column += width
                    remaining -= width
                } else {
                    column += 1
                    remaining -= 1
                }
                offset += 1
            }
        }
    }
}
