import Diagnostics
import Reporting

extension DiagnosticPrinter {
    /// A printer for the context: its language, colour only on a terminal that allows it; `known` files are
    /// quoted from the bytes given instead of the disk's.
    init(context: CLIContext, known: [String: CheckedText] = [:]) {
        self.init(language: context.language, usesColor: context.usesColor, known: known)
    }

    /// Prints every diagnostic and the summary on the context's standard error, as the context allows.
    static func print(_ diagnostics: [Diagnostic], fileCount: Int, strict: Bool, in context: CLIContext, known: [String: CheckedText] = [:]) {
        context.stderr(DiagnosticPrinter(context: context, known: known).report(diagnostics, fileCount: fileCount, strict: strict))
    }
}
