import Diagnostics
import Reporting

/// Where the server speaks to the editor: the terminal it was started from.
public struct Terminal: Sendable {
    public let language: Language
    public let usesColor: Bool
    public let write: @Sendable (String) -> Void

    public init(language: Language, usesColor: Bool, write: @escaping @Sendable (String) -> Void) {
        self.language = language
        self.usesColor = usesColor
        self.write = write
    }

    func text(_ es: String, _ en: String) -> String { language == .es ? es : en }

    func line(_ text: String) { write(text + "\n") }

    /// Diagnostics as `rme check` prints them: every error, the warnings not printed before (a large edition
    /// has thousands, and saving one file must not scroll them all by again), then the summary of all.
    func report(_ diagnostics: [Diagnostic], since earlier: [Diagnostic], fileCount: Int) {
        guard !diagnostics.isEmpty else { return }
        let seen = Set(earlier.map(Sighting.init))
        let shown = Diagnostic.sortedForReport(diagnostics).filter { $0.severity == .error || !seen.contains(Sighting($0)) }
        let printer = DiagnosticPrinter(language: language, usesColor: usesColor)
        var text = shown.map { printer.render($0) + "\n" }.joined()
        let errors = diagnostics.filter { $0.severity == .error }.count
        text += DiagnosticSummary.line(errors: errors, warnings: diagnostics.count - errors, files: fileCount, language: language)
        if shown.count < diagnostics.count {
            let repeated = diagnostics.count - shown.count
            text += self.text(" (\(repeated) ya mostradas antes)", " (\(repeated) shown before)")
        }
        write(text + "\n")
    }

    /// What makes a diagnostic the same finding again: where and what, not the digest of the text around it.
    private struct Sighting: Hashable {
        let file: String?
        let line: Int?
        let column: Int?
        let code: String
        let message: LocalizedText

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            line = diagnostic.range?.start.line
            column = diagnostic.range?.start.column
            code = diagnostic.code
            message = diagnostic.message
        }
    }
}
