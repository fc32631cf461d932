import ArgumentParser
import Diagnostics
import Markup

/// The version printed by `rme --version`.
public let rmeVersion = "0.1.0"

/// What `rme --version` prints: the version, then the libcmark it parses Markdown with.
public var versionLine: String { "\(rmeVersion) (libcmark \(Markup.libcmarkVersion))" }

/// The root command: `rme <subcomando>`.
public struct RMECommand: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "rme",
            abstract: HelpText.t(
                "Publica el cuadernillo de experiencias de las Redes de Mejoramiento Escolar.",
                "Publishes the booklet of School Improvement Network experiences."
            ),
            discussion: HelpText.t(
                "Idioma: --lang es|en, o la variable LANG (español si no está definida).",
                "Language: --lang es|en, or the LANG variable (Spanish when unset)."
            ),
            version: versionLine,
            subcommands: RMECommand.subcommandTypes
        )
    }

    /// Every subcommand, in the order the help lists them.
    nonisolated(unsafe) static let subcommandTypes: [ParsableCommand.Type] = [
        CheckCommand.self, BuildCommand.self, ServeCommand.self, NewCommand.self, NewEditionCommand.self, ImportCommand.self, WordTemplateCommand.self,
        IntakeCommand.self, TemplatesCommand.self, SchemaCommand.self, HTMLCommand.self,
    ]

    /// Accepted before the subcommand too (`rme --lang en html ...`), as the discussion above says;
    /// `CLILanguage.resolve` has already read it.
    @OptionGroup var languageOption: LanguageOption

    public init() {}
}

/// The option every subcommand accepts to choose its language.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(HelpText.t("Idioma de los mensajes: es o en.", "Language of the messages: es or en.")))
    var language: LanguageChoice?
}

/// The values `--lang` accepts; anything else is a usage error rather than a silent fallback.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case es
    case en
}
