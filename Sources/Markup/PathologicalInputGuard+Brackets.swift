import Diagnostics

extension PathologicalInputGuard {
    /// Counts, for each `]`, the image openers `![` before it in the same run of non-blank
    /// lines: an upper bound of the bracket-stack steps libcmark 0.30.2 takes when links
    /// close (the `brackets` measure).
    enum BracketScan {
        /// The `brackets` excess of a body, or `nil` when its bracket steps stay within `limit`.
        static func firstExcess(in source: SourceText, limit: Int) -> Excess? {
            source.bytes.withUnsafeBufferPointer { bytes -> Excess? in
                var steps = 0
                // Image openers in the current run, and where the first of them is.
                var openers = 0
                var firstOpener = 0
                for line in 1...source.lineCount {
                    let start = source.byteOffset(ofLine: line)
                    let end = start + source.byteLength(ofLine: line)
                    if isBlank(bytes, start..<end) {
                        // cmark's bracket stack belongs to one paragraph, and a blank line ends it.
                        openers = 0
                        continue
                    }
                    var index = start
                    while index < end {
                        let byte = bytes[index]
                        if byte == UInt8(ascii: "!"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "[") {
                            if openers == 0 { firstOpener = index }
                            openers += 1
                            index += 2
                            continue
                        }
                        if byte == UInt8(ascii: "]"), openers > 0 {
                            steps = steps > Int.max - openers ? Int.max : steps + openers
                            if steps > limit {
                                return Excess(structure: .brackets, byteOffset: firstOpener, measured: steps, limit: limit)
                            }
                        }
                        index += 1
                    }
                }
                return nil
            }
        }

        /// Whether a line holds only spaces and tabs (cmark's blank line, outside any container).
        private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
            for index in range where bytes[index] != UInt8(ascii: " ") && bytes[index] != UInt8(ascii: "\t") {
                return false
            }
            return true
        }
    }
}
