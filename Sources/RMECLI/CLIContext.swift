import Diagnostics
import ArgumentParser
import Foundation
import Validation

/// Where a command writes and what it knows of its surroundings; tests pass their own.
public struct CLIContext: Sendable {
    public var language: Language
    public var environment: [String: String]
    /// Whether standard error is a terminal (colour and progress lines only then).
    public var stderrIsTerminal: Bool
    public var stdout: @Sendable (String) -> Void
    public var stderr: @Sendable (String) -> Void

    public init(
        language: Language, environment: [String: String], stderrIsTerminal: Bool,
        stdout: @escaping @Sendable (String) -> Void, stderr: @escaping @Sendable (String) -> Void
    ) {
        self.language = language
        self.environment = environment
        self.stderrIsTerminal = stderrIsTerminal
        self.stdout = stdout
        self.stderr = stderr
    }

    /// The real process: its environment, standard output and standard error.
    public static func process(language: Language) -> CLIContext {
        CLIContext(
            language: language,
            environment: ProcessInfo.processInfo.environment,
            stderrIsTerminal: isatty(STDERR_FILENO) != 0,
            stdout: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            stderr: { text in FileHandle.standardError.write(Data(text.utf8)) }
        )
    }

    /// Picks the text for the context's language.
    public func text(_ es: String, _ en: String) -> String {
        language == .es ? es : en
    }

    /// Whether colour may be used on standard error (a terminal, and `NO_COLOR` unset).
    public var usesColor: Bool {
        stderrIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}

/// Exit statuses shared by every command.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// The content has errors (or warnings under `--strict`).
    public static let contentErrors: Int32 = 1
    /// The command line was wrong, or a file could not be read or written.
    public static let usageOrIO: Int32 = 2

    /// The status for a run that found `diagnostics`: a file or folder that could not be read is an I/O
    /// failure (2) whatever else was found, then errors (1; warnings too under `--strict`).
    static func forDiagnostics(_ diagnostics: [Diagnostic], strict: Bool) -> Int32 {
        if diagnostics.contains(where: \.isReadError) { return usageOrIO }
        return diagnostics.promotingWarnings(strict).containsErrors ? contentErrors : success
    }
}

/// A subcommand that runs against a context instead of the real process.
protocol ContextCommand: ParsableCommand {
    func execute(in context: CLIContext) async throws -> Int32
}
