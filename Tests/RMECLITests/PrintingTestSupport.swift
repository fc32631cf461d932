import Diagnostics
import Foundation
@testable import RMECLI

/// A context that collects what the printers and commands write, terminal or not.
struct CapturingContext {
    let out = OutputBuffer()
    let err = OutputBuffer()
    let context: CLIContext

    init(language: Language = .es, environment: [String: String] = [:], stderrIsTerminal: Bool = false) {
        let out = self.out, err = self.err
        context = CLIContext(
            language: language, environment: environment, stderrIsTerminal: stderrIsTerminal,
            stdout: { out.append($0) }, stderr: { err.append($0) }
        )
    }
}

/// Runs a command line in process like `runCLI`, with control over the terminal flag.
func runCapturing(_ arguments: [String], environment: [String: String] = [:], stderrIsTerminal: Bool = false) async -> CLIRun {
    let capture = CapturingContext(
        language: CLILanguage.resolve(arguments: arguments, environment: environment),
        environment: environment, stderrIsTerminal: stderrIsTerminal
    )
    let status = await CLIRunner.run(arguments: arguments, context: capture.context)
    return CLIRun(status: status, stdout: capture.out.contents, stderr: capture.err.contents)
}

/// A diagnostic built briefly for printer tests.
func sampleDiagnostic(
    file: String?, _ start: (Int, Int)?, _ end: (Int, Int)? = nil, severity: Severity = .error,
    code: String = "front-matter.unknown-key", es: String = "la clave «regin» no existe", en: String = "the key «regin» does not exist",
    hintES: String? = "¿quiso decir «region»?", hintEN: String? = "did you mean «region»?"
) -> Diagnostic {
    let range = start.map { start in
        let end = end ?? start
        return SourceRange(start: SourceLocation(line: start.0, column: start.1), end: SourceLocation(line: end.0, column: end.1))
    }
    return Diagnostic(
        file: file, range: range, severity: severity, code: code,
        message: LocalizedText(es: es, en: en),
        hint: hintES.map { LocalizedText(es: $0, en: hintEN ?? $0) }
    )
}

/// Whether a text holds an ANSI escape sequence.
func hasEscapeCodes(_ text: String) -> Bool {
    text.contains("\u{1B}[")
}
