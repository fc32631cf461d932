import ArgumentParser
import Diagnostics
import Foundation
import Markup

/// `rme html ARCHIVO.md`: prints the HTML of one Markdown file (front matter left out).
struct HTMLCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "html",
            abstract: HelpText.t(
                "Muestra el HTML de un archivo Markdown (sin su encabezado YAML).",
                "Prints the HTML of one Markdown file (without its YAML front matter)."
            )
        )
    }

    @Argument(help: ArgumentHelp(HelpText.t("El archivo Markdown.", "The Markdown file."), valueName: "archivo.md"))
    var file: String

    @Flag(name: .customLong("sin-comillas-tipograficas"), help: ArgumentHelp(HelpText.t(
        "No convierte comillas, guiones y puntos suspensivos en sus formas tipográficas.",
        "Keep straight quotes, dashes and ellipses as typed."
    )))
    var plainPunctuation = false

    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) throws -> Int32 {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se pudo leer el archivo \(file)",
                en: "rme: could not read the file \(file)"
            ))
        }
        let bytes = [UInt8](data)
        let body = FrontMatterSkipper.body(of: bytes)
        let parsed: Result<MarkupTree, MarkupRefusal>
        do {
            parsed = try Markup.parseGuarded(bytes: body.bytes, options: MarkupOptions(smartPunctuation: !plainPunctuation, lineOffset: body.lineOffset))
        } catch {
            guard case .invalidUTF8(_, let location) = error else { throw error }
            let shifted = SourceLocation(line: location.line + body.lineOffset, column: location.column)
            throw CommandFailure(message: LocalizedText(
                es: "\(file):\(shifted): error: el archivo no está en UTF-8. Guarde el archivo como UTF-8.",
                en: "\(file):\(shifted): error: the file is not UTF-8. Save the file as UTF-8."
            ))
        }
        switch parsed {
        case .success(let tree):
            context.stdout(tree.html())
            return ExitStatus.success
        case .failure(let refusal):
            throw CommandFailure(message: Self.refusalMessage(refusal, file: file), status: ExitStatus.contentErrors)
        }
    }

    /// Why the body was not converted: libcmark would take too long on a structure in it.
    private static func refusalMessage(_ refusal: MarkupRefusal, file: String) -> LocalizedText {
        let what: LocalizedText = switch refusal.structure {
        case .brackets:
            LocalizedText(es: "demasiados `![` sin cerrar seguidos de `]` en un mismo párrafo", en: "too many unclosed `![` followed by `]` in one paragraph")
        case .nesting, nil:
            LocalizedText(es: "listas o citas anidadas a demasiada profundidad, con líneas en blanco o énfasis dentro", en: "lists or quotes nested too deep, with blank lines or emphasis inside")
        }
        return LocalizedText(
            es: "\(file):\(refusal.location): error: el texto no se convirtió a HTML: \(what.es) (\(refusal.measured) pasos; máximo \(refusal.limit)). Simplifique esa parte del texto.",
            en: "\(file):\(refusal.location): error: the text was not converted to HTML: \(what.en) (\(refusal.measured) steps; at most \(refusal.limit)). Simplify that part of the text."
        )
    }
}

/// Drops a leading `---` front-matter block so `rme html` shows only the body.
enum FrontMatterSkipper {
    static func body(of bytes: [UInt8]) -> (bytes: [UInt8], lineOffset: Int) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let lines = split(bytes, from: start)
        guard let first = lines.first, trimmed(bytes[first]) == Array("---".utf8) else { return (Array(bytes[start...]), 0) }
        for (number, line) in lines.enumerated().dropFirst() where trimmed(bytes[line]) == Array("---".utf8) || trimmed(bytes[line]) == Array("...".utf8) {
            let next = line.upperBound
            var after = next
            if after < bytes.count, bytes[after] == 0x0D { after += 1 }
            if after < bytes.count, bytes[after] == 0x0A { after += 1 }
            return (Array(bytes[after...]), number + 1)
        }
        return (Array(bytes[start...]), 0)
    }

    private static func split(_ bytes: [UInt8], from start: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = start
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                ranges.append(lineStart..<i)
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        ranges.append(lineStart..<bytes.count)
        return ranges
    }

    private static func trimmed(_ slice: ArraySlice<UInt8>) -> [UInt8] {
        Array(slice.reversed().drop(while: { $0 == 0x20 || $0 == 0x09 }).reversed())
    }
}
