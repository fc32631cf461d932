import Diagnostics

/// The same finding on consecutive lines told once: a list indented with tabs is one mistake, not five.
enum RepeatedFindings {
    /// `diagnostics` with each run of identical findings (same code and message) on consecutive lines folded
    /// into its first, whose message then names the other lines.
    static func collapsed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var index = 0
        while index < diagnostics.count {
            let first = diagnostics[index]
            var last = index
            while last + 1 < diagnostics.count, Self.continues(diagnostics[last + 1], after: diagnostics[last], first: first) {
                last += 1
            }
            guard last > index, let from = diagnostics[index + 1].range?.start.line, let to = diagnostics[last].range?.start.line else {
                result.append(first)
                index += 1
                continue
            }
            var folded = first
            let (es, en) = from == to
                ? (" Lo mismo en la línea \(from).", " The same on line \(from).")
                : (" Lo mismo en las líneas \(from) a \(to).", " The same on lines \(from) to \(to).")
            folded.message = LocalizedText(es: first.message.es + es, en: first.message.en + en)
            result.append(folded)
            index = last + 1
        }
        return result
    }

    /// Whether `next` repeats `first` on the line after `previous`.
    private static func continues(_ next: Diagnostic, after previous: Diagnostic, first: Diagnostic) -> Bool {
        guard next.code == first.code, next.message == first.message, next.severity == first.severity, next.file == first.file,
              let line = next.range?.start.line, let previousLine = previous.range?.start.line else { return false }
        return line == previousLine + 1
    }
}
