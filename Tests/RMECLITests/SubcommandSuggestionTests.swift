import Testing

/// A mistyped subcommand is answered with the one it most likely meant; a word close to none gets no guess.
@Suite("Did you mean, for subcommands")
struct SubcommandSuggestionTests {
    @Test("rme chek, rme buidl and rme sever name check, build and serve", arguments: [
        (["chek"], "¿Quiso decir «rme check»?"),
        (["--lang", "es", "buidl", "Content"], "¿Quiso decir «rme build»?"),
        (["sever"], "¿Quiso decir «rme serve»?"),
        (["--lang", "en", "plantilas"], "Did you mean «rme plantillas»?"),
    ])
    func suggests(arguments: [String], expected: String) async {
        let run = await runCLI(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(expected), "stderr: \(run.stderr)")
    }

    @Test("a word close to no subcommand, or a wrong option, gets no guess", arguments: [["xyzzy"], ["check", "--nope"], ["--version2"]])
    func noGuess(arguments: [String]) async {
        let run = await runCLI(arguments)
        #expect(run.status == 2)
        #expect(!run.stderr.contains("Quiso decir") && !run.stderr.contains("Did you mean"), "stderr: \(run.stderr)")
    }
}
