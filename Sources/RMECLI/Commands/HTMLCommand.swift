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
        do {
            let tree = try Markup.parse(bytes: body.bytes, options: MarkupOptions(smartPunctuation: !plainPunctuation, lineOffset: body.lineOffset))
            context.stdout(tree.html())
            return ExitStatus.success
        } catch {
            guard case .invalidUTF8(_, let location) = error else { throw error }
            let shifted = SourceLocation(line: location.line + body.lineOffset, column: location.column)
            throw CommandFailure(message: LocalizedText(
                es: "\(file):\(shifted): error: el archivo no está en UTF-8. Guarde el archivo como UTF-8.",
                en: "\(file):\(shifted): error: the file is not UTF-8. Save the file as UTF-8."
            ))
        }
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
