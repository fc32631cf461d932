import Diagnostics
import Reporting

extension DiagnosticPrinter {
    /// A printer for the context: its language, colour only on a terminal that allows it.
    init(context: CLIContext) {
        self.init(language: context.language, usesColor: context.usesColor)
    }

    /// Prints every diagnostic and the summary on the context's standard error, as the context allows.
    static func print(_ diagnostics: [Diagnostic], fileCount: Int, strict: Bool, in context: CLIContext) {
        context.stderr(DiagnosticPrinter(context: context).report(diagnostics, fileCount: fileCount, strict: strict))
    }
}
