import Diagnostics
import Reporting

/// The problems the browser shows over the page, each laid out as `rme check` prints it.
struct ProblemList: Sendable, Equatable {
    /// One problem: where it is (for sorting and tests) and its block of text (header, excerpt, caret, hint).
    struct Problem: Sendable, Equatable, Encodable {
        let severity: String
        let file: String?
        let line: Int?
        let column: Int?
        let code: String
        let text: String
    }

    let problems: [Problem]
    /// The closing line: how many errors and warnings in how many files.
    let summary: String

    static let empty = ProblemList(problems: [], summary: "")

    var errorCount: Int { problems.filter { $0.severity == Severity.error.rawValue }.count }

    /// The diagnostics of a build, sorted as reports sort them, in `language`. Blocks already laid out by an
    /// earlier build are taken from `memo` (a diagnostic carries the digest of the text it was found in, so
    /// its block cannot have changed); the blocks of this build are left in it for the next.
    init(diagnostics: [Diagnostic], fileCount: Int, language: Language, memo: inout [Diagnostic: String]) {
        let printer = DiagnosticPrinter(language: language, usesColor: false)
        // Errors first: they are why the page is not up to date; warnings follow, each group in report order.
        let reported = Diagnostic.sortedForReport(diagnostics)
        let sorted = reported.filter { $0.severity == .error } + reported.filter { $0.severity != .error }
        var laidOut: [Diagnostic: String] = [:]
        problems = sorted.map { diagnostic in
            let text = laidOut[diagnostic] ?? memo[diagnostic] ?? printer.render(diagnostic).trimmingTrailingNewlines
            laidOut[diagnostic] = text
            return Problem(
                severity: diagnostic.severity.rawValue, file: diagnostic.file, line: diagnostic.range?.start.line,
                column: diagnostic.range?.start.column, code: diagnostic.code, text: text)
        }
        memo = laidOut
        let errors = sorted.filter { $0.severity == .error }.count
        summary = sorted.isEmpty ? "" : DiagnosticSummary.line(
            errors: errors, warnings: sorted.count - errors, files: fileCount, language: language)
    }

    /// A failure that is not the content's (a template that does not compile, a file that cannot be read):
    /// one error, its message as the build gave it.
    init(failure message: String) {
        problems = [Problem(severity: Severity.error.rawValue, file: nil, line: nil, column: nil, code: "build", text: message)]
        summary = ""
    }

    init(problems: [Problem], summary: String) {
        self.problems = problems
        self.summary = summary
    }
}

extension String {
    /// The text without the newlines that end it.
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
