import Reporting
import Diagnostics

/// Prints diagnostics for tools: one JSON array on standard output, nothing else there.
///
/// Every object has exactly the keys `file, line, column, endLine, endColumn,
/// severity, code, message, hint`, in that order, `null` where unknown;
/// `severity` is `error` or `warning` whatever the language, `message` and
/// `hint` are in the chosen one. One object per line, so `grep` works too.
struct JSONPrinter {
    let context: CLIContext

    /// Writes the array; under `strict` warnings are reported as errors.
    func print(_ diagnostics: [Diagnostic], strict: Bool) {
        context.stdout(render(diagnostics, strict: strict))
    }

    /// The text `print` writes, ending in a newline.
    func render(_ diagnostics: [Diagnostic], strict: Bool) -> String {
        let objects = diagnostics.promotingWarnings(strict).map { object($0).compact }
        guard !objects.isEmpty else { return "[]\n" }
        return "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
    }

    /// The object for one diagnostic, keys in the documented order.
    func object(_ diagnostic: Diagnostic) -> JSONValue {
        let range = diagnostic.range
        return .object([
            ("file", .string(diagnostic.file)),
            ("line", .int(range?.start.line)),
            ("column", .int(range?.start.column)),
            ("endLine", .int(range?.end.line)),
            ("endColumn", .int(range?.end.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code)),
            ("message", .string(diagnostic.message.text(in: context.language))),
            ("hint", .string(diagnostic.hint?.text(in: context.language))),
        ])
    }
}
