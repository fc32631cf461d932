import Content
import Diagnostics

/// What `archivo.caracteres_seguidos` finds in one text (a paragraph, heading, code block or front-matter value).
///
/// A run longer than `aviso` is a warning of its own: it cannot fit a line of the booklet's columns. The
/// runs longer than `aviso` together past `error` are one error for the text: the PDF engine's time grows
/// with them (one run of 1,000 or ten of 100 in a box stall it alike), so the sum is what is limited.
enum LongWordFindings {
    /// One finding: the runs it is about (in order; the error's first is where it is reported) and its severity.
    struct Finding {
        let severity: Severity
        let threshold: Int
        let runs: [UnbreakableRuns.Run]

        var total: Int { runs.reduce(0) { $0 + $1.length } }
        var longest: UnbreakableRuns.Run { runs.max { $0.length < $1.length } ?? runs[0] }
    }

    /// The findings of one text: one error, or a warning per long run, or none.
    static func of(_ text: String, limit: Limit) -> [Finding] {
        guard let floor = limit.warning ?? limit.error else { return [] }
        let runs = UnbreakableRuns.runs(in: text, longerThan: floor)
        guard !runs.isEmpty else { return [] }
        if let error = limit.error, runs.reduce(0, { $0 + $1.length }) > error {
            return [Finding(severity: .error, threshold: error, runs: runs)]
        }
        guard let warning = limit.warning else { return [] }
        return runs.map { Finding(severity: .warning, threshold: warning, runs: [$0]) }
    }
}
