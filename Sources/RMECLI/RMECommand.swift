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

/// `--limite-pdf SEGUNDOS`: how long the PDF engine may take before it is stopped (with its children).
struct PDFTimeLimitOption: ParsableArguments {
    @Option(name: .customLong("limite-pdf"), help: ArgumentHelp(
        HelpText.t(
            "Segundos que puede tardar el programa del PDF antes de detenerlo (por omisión: 300; en recepcion, 120).",
            "Seconds the PDF program may take before it is stopped (default: 300; in recepcion, 120)."
        ),
        valueName: "segundos"
    ))
    var seconds: Int?

    func validate() throws {
        if let seconds, !(1...86_400).contains(seconds) {
            throw ValidationError(HelpText.t(
                "--limite-pdf va de 1 a 86400 segundos (se indicó \(seconds)).",
                "--limite-pdf ranges from 1 to 86400 seconds (\(seconds) was given)."))
        }
    }

    /// The limit chosen, or `standard`.
    func limit(or standard: Duration) -> Duration {
        seconds.map { .seconds($0) } ?? standard
    }
}
