import Diagnostics

/// Chooses the language the tool speaks: `--lang` first, then `LANG`, Spanish when unset.
enum CLILanguage {
    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                return Language(rawValue: arguments[index + 1].lowercased()) ?? .es
            }
            if argument.hasPrefix("--lang=") {
                return Language(rawValue: String(argument.dropFirst(7)).lowercased()) ?? .es
            }
            index += 1
        }
        // LC_ALL overrides LANG, as in every POSIX tool.
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .es
            }
        }
        return .es
    }
}
