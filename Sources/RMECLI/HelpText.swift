import Diagnostics

/// The language in force while a command line is parsed and its help is written.
///
/// A task-local rather than a global, so in-process tests in two languages can run side by side.
enum HelpText {
    @TaskLocal static var language: Language = .es

    /// Picks the Spanish or English text for the language in force.
    static func t(_ es: String, _ en: String) -> String {
        language == .es ? es : en
    }

    /// Puts ArgumentParser's own English words (headings, built-in flags) into Spanish.
    static func translate(_ help: String) -> String {
        guard language == .es else { return help }
        let replacements: [(String, String)] = [
            ("USAGE:", "USO:"),
            ("OPTIONS:", "OPCIONES:"),
            ("ARGUMENTS:", "ARGUMENTOS:"),
            ("SUBCOMMANDS:", "SUBCOMANDOS:"),
            ("OVERVIEW:", "DESCRIPCIÓN:"),
            ("Show help information.", "Muestra esta ayuda."),
            ("Show the version.", "Muestra la versión."),
            ("  See 'rme help <subcommand>' for detailed help.", "  Escriba 'rme help <subcomando>' para ver la ayuda de cada uno."),
            ("(default: ", "(por omisión: "),
            ("(values: ", "(valores: "),
            ("; default: ", "; por omisión: "),
            ("<subcommand>", "<subcomando>"),
            ("Error: ", "Error: "),
            ("Missing expected argument", "Falta el argumento"),
            ("Unknown option", "Opción desconocida"),
            ("Unexpected argument", "Argumento inesperado"),
            ("The value '", "El valor '"),
            ("' is invalid for '", "' no es válido para '"),
            ("'. Please provide one of '", "'. Use uno de estos: '"),
            ("' and '", "' y '"),
            ("Did you mean '", "¿Quiso decir '"),
            ("Help:  ", "Ayuda: "),
            ("Usage: ", "Uso: "),
            ("  See '", "  Escriba '"),
            ("' for more information.", "' para más información."),
        ]
        var text = help
        for (english, spanish) in replacements {
            text = text.replacingOccurrences(of: english, with: spanish)
        }
        return text
    }
}
