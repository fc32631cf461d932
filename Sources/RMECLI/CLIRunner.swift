import ArgumentParser
import Diagnostics
import Foundation
import Validation

/// Runs a command line in process and returns its exit status; `main.swift` calls it.
public enum CLIRunner {
    /// Parses `arguments` (without the program name), runs the command, returns the status.
    public static func run(arguments: [String], context: CLIContext) async -> Int32 {
        await HelpText.$language.withValue(context.language) {
            do {
                var command = try RMECommand.parseAsRoot(arguments)
                if let runnable = command as? ContextCommand {
                    return try await runnable.execute(in: context)
                }
                try command.run()
                return ExitStatus.success
            } catch {
                return report(error, arguments: arguments, context: context)
            }
        }
    }

    /// The real process: language from the command line and environment, real streams.
    public static func main() async -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = CLILanguage.resolve(arguments: arguments, environment: ProcessInfo.processInfo.environment)
        exit(await run(arguments: arguments, context: .process(language: language)))
    }

    /// Prints help, version or a usage error the way ArgumentParser would, in the context's language.
    private static func report(_ error: Error, arguments: [String], context: CLIContext) -> Int32 {
        if let failure = error as? CommandFailure {
            context.stderr(failure.message.text(in: context.language) + "\n")
            return failure.status
        }
        let message = HelpText.translate(RMECommand.fullMessage(for: error))
        let code = RMECommand.exitCode(for: error)
        if code == .success {
            if !message.isEmpty { context.stdout(message + "\n") }
            return ExitStatus.success
        }
        context.stderr(message + "\n" + (suggestion(for: arguments, context: context).map { $0 + "\n" } ?? ""))
        return ExitStatus.usageOrIO
    }

    /// "¿Quiso decir «rme check»?" when the first word that is not an option names no subcommand but is close
    /// to one (`rme chek`, `rme buidl`).
    static func suggestion(for arguments: [String], context: CLIContext) -> String? {
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-") {
            index += arguments[index] == "--lang" ? 2 : 1
        }
        guard index < arguments.count else { return nil }
        let word = arguments[index]
        let names = RMECommand.subcommandTypes.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(word), let closest = Suggestion.closest(to: word, among: names, allowing: 1) else { return nil }
        return context.text("¿Quiso decir «rme \(closest)»?", "Did you mean «rme \(closest)»?")
    }
}

/// A failure a command reports in words and a status (unreadable file, nothing to do).
struct CommandFailure: Error {
    var message: LocalizedText
    var status: Int32 = ExitStatus.usageOrIO
}
