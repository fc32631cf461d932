import Testing
@testable import RMECLI

/// `--help`, `--version` and usage errors, in process, in both languages.
@Suite("rme --help and --version (in process)")
struct HelpAndVersionTests {
    @Test("--version prints the version")
    func version() async {
        let run = await runCLI(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "\(versionLine)\n")
        #expect(versionLine.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+ \(libcmark [0-9]+\.[0-9]+\.[0-9]+\)$"#, options: .regularExpression) != nil, "the version line names libcmark: \(versionLine)")
        #expect(run.stderr == "")
        #expect(rmeVersion.split(separator: ".").count == 3)
    }

    @Test("--help is in Spanish by default")
    func helpSpanish() async {
        let run = await runCLI(["--help"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.contains("USO: rme"))
        #expect(run.stdout.contains("DESCRIPCIÓN: Publica el cuadernillo de experiencias"))
        #expect(run.stdout.contains("SUBCOMANDOS:"))
        #expect(run.stdout.contains("Muestra esta ayuda."))
        #expect(run.stdout.contains("Muestra el HTML de un archivo Markdown"))
        #expect(!run.stdout.contains("USAGE:"))
        #expect(!run.stdout.contains("OVERVIEW:"))
    }

    @Test("--help is in English with --lang en or LANG=en_US.UTF-8", arguments: [
        (["--help", "--lang", "en"], [:]),
        (["--lang", "en", "--help"], [:]),
        (["--lang=en", "--help"], [:]),
        (["--help"], ["LANG": "en_US.UTF-8"]),
    ] as [([String], [String: String])])
    func helpEnglish(arguments: [String], environment: [String: String]) async {
        let run = await runCLI(arguments, environment: environment)
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: rme"))
        #expect(run.stdout.contains("OVERVIEW: Publishes the booklet of School Improvement Network experiences."))
        #expect(run.stdout.contains("Prints the HTML of one Markdown file"))
        #expect(!run.stdout.contains("USO:"))
        #expect(!run.stdout.contains("Publica el cuadernillo"))
    }

    @Test("--lang es wins over an English LANG")
    func langFlagWins() async {
        let run = await runCLI(["--help", "--lang", "es"], environment: ["LANG": "en_US.UTF-8"])
        #expect(run.stdout.contains("USO: rme"))
    }

    @Test("the html subcommand's help, in Spanish")
    func subcommandHelp() async {
        let run = await runCLI(["html", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USO: rme html <archivo.md>"))
        #expect(run.stdout.contains("ARGUMENTOS:"))
        #expect(run.stdout.contains("--sin-comillas-tipograficas"))
        #expect(run.stdout.contains("Idioma de los mensajes: es o en."))
    }

    @Test("an unknown subcommand is a usage error (exit 2)")
    func unknownSubcommand() async {
        let run = await runCLI(["publicar"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("Argumento inesperado 'publicar'"))
        let english = await runCLI(["publicar", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("Unexpected argument 'publicar'"))
    }
}
