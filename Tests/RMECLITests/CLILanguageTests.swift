import Diagnostics
import Testing
@testable import RMECLI

/// `CLILanguage.resolve`: `--lang` first, then LC_ALL, LC_MESSAGES, LANG; Spanish when unset.
@Suite("CLI language resolution")
struct CLILanguageTests {
    @Test("Spanish when nothing says otherwise")
    func defaultSpanish() {
        #expect(CLILanguage.resolve(arguments: [], environment: [:]) == .es)
        #expect(CLILanguage.resolve(arguments: ["html", "a.md"], environment: ["HOME": "/root"]) == .es)
    }

    @Test("--lang, in both spellings, anywhere on the line")
    func langFlag() {
        #expect(CLILanguage.resolve(arguments: ["--lang", "en"], environment: [:]) == .en)
        #expect(CLILanguage.resolve(arguments: ["html", "a.md", "--lang", "en"], environment: [:]) == .en)
        #expect(CLILanguage.resolve(arguments: ["--lang=en", "html"], environment: [:]) == .en)
        #expect(CLILanguage.resolve(arguments: ["--lang", "EN"], environment: [:]) == .en)
        #expect(CLILanguage.resolve(arguments: ["--lang", "es"], environment: ["LANG": "en_US.UTF-8"]) == .es)
    }

    @Test("an unknown --lang value falls back to Spanish")
    func unknownValue() {
        #expect(CLILanguage.resolve(arguments: ["--lang", "fr"], environment: ["LANG": "en_US.UTF-8"]) == .es)
        #expect(CLILanguage.resolve(arguments: ["--lang"], environment: ["LANG": "en_US.UTF-8"]) == .en)
    }

    @Test("LANG, and the variables that override it", arguments: [
        (["LANG": "en_US.UTF-8"], Language.en),
        (["LANG": "en"], .en),
        (["LANG": "es_CL.UTF-8"], .es),
        (["LANG": "C.UTF-8"], .es),
        (["LANG": ""], .es),
        (["LANG": "es_CL.UTF-8", "LC_ALL": "en_GB.UTF-8"], .en),
        (["LANG": "en_US.UTF-8", "LC_ALL": "es_CL.UTF-8"], .es),
        (["LANG": "en_US.UTF-8", "LC_MESSAGES": "es_CL.UTF-8"], .es),
        (["LANG": "en_US.UTF-8", "LC_ALL": ""], .en),
    ] as [([String: String], Language)])
    func environment(environment: [String: String], expected: Language) {
        #expect(CLILanguage.resolve(arguments: ["html", "a.md"], environment: environment) == expected)
    }
}

@Suite("--lang values")
struct LanguageValueTests {
    @Test("an unknown --lang is a usage error (exit 2), not a silent fallback")
    func unknownLanguage() async {
        let result = await runCLI(["check", "--lang", "fr", "/no/existe"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fr"))
    }
}
