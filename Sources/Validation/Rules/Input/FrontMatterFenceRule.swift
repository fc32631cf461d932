import Content
import Diagnostics
import Foundation

/// Reports a file without a front matter at its top, or whose front matter is never closed.
struct FrontMatterFenceRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let split = document.document.split, let problem = split.problem else { return }
        switch problem {
        case .missing:
            diagnostics.append(missing(document, split))
        case .typographicFences(let lines):
            let first = lines[0]
            let shown = split.source.line(first).trimmingCharacters(in: .whitespaces)
            let which = lines.count > 1 ? "las líneas \(lines.map(String.init).joined(separator: " y "))" : "la línea \(first)"
            let whichEN = lines.count > 1 ? "lines \(lines.map(String.init).joined(separator: " and "))" : "line \(first)"
            diagnostics.append(Diagnostic(
                file: document.path, range: SourceRange(SourceLocation(line: first, column: 1)), severity: .error,
                code: "input.typographic-fence",
                message: LocalizedText(
                    es: "El encabezado se abre y se cierra con «---» (tres guiones), y en \(which) hay «\(shown)»: Word convierte los tres guiones en una raya.",
                    en: "The front matter opens and closes with `---` (three hyphens), and \(whichEN) holds `\(shown)`: Word turns the three hyphens into a dash."),
                hint: LocalizedText(
                    es: "Escriba «---» con tres guiones normales (-); mejor aún, edite el archivo en un editor de texto y no en Word (o envíe el .docx y conviértalo con rme importar).",
                    en: "Type `---` with three plain hyphens (-); better, edit the file in a text editor, not in Word (or send the .docx and convert it with rme importar).")))
        case .unclosed(let openingLine, let bodyLine):
            let opening = SourceRange(start: SourceLocation(line: openingLine, column: 1), end: SourceLocation(line: openingLine, column: 3))
            let assumption: LocalizedText = if let bodyLine {
                LocalizedText(
                    es: "se supuso que el cuerpo empieza en la línea \(bodyLine), el primer título",
                    en: "the body was assumed to start at line \(bodyLine), the first heading")
            } else {
                LocalizedText(
                    es: "como no hay ningún título, se leyó todo el archivo como encabezado",
                    en: "with no heading anywhere, the whole file was read as front matter")
            }
            diagnostics.append(Diagnostic(
                file: document.path, range: opening, severity: .error, code: "input.unclosed-front-matter",
                message: LocalizedText(
                    es: "El encabezado que abre «---» en la línea \(openingLine) no se cierra con otra línea «---»; \(assumption.es).",
                    en: "The front matter opened by `---` on line \(openingLine) is never closed by another `---` line; \(assumption.en)."),
                hint: LocalizedText(
                    es: "Agregue una línea con solo «---» después de la última clave\(bodyLine.map { " (antes de la línea \($0))" } ?? "").",
                    en: "Add a line holding only `---` after the last key\(bodyLine.map { " (before line \($0))" } ?? "").")))
        }
    }

    /// The missing front matter, pointing at a `---` that stands too low when there is one.
    private func missing(_ document: DocumentContext, _ split: SplitDocument) -> Diagnostic {
        let source = split.source
        let lateFence = (1...min(source.lineCount, 20)).first { source.line($0).trimmingCharacters(in: .whitespaces) == "---" }
        if let lateFence {
            return Diagnostic(
                file: document.path, range: SourceRange(SourceLocation(line: 1, column: 1)), severity: .error,
                code: "input.no-front-matter",
                message: LocalizedText(
                    es: "El archivo no empieza con «---»: el encabezado debe estar en la primera línea, y aquí el primer «---» está en la línea \(lateFence).",
                    en: "The file does not start with `---`: the front matter must open on the first line, and here the first `---` is on line \(lateFence)."),
                hint: LocalizedText(
                    es: "Borre lo que está antes de la línea \(lateFence) (líneas en blanco incluidas).",
                    en: "Delete what stands before line \(lateFence) (blank lines included)."))
        }
        return Diagnostic(
            file: document.path, range: SourceRange(SourceLocation(line: 1, column: 1)), severity: .error,
            code: "input.no-front-matter",
            message: LocalizedText(
                es: "El archivo no tiene encabezado: debe empezar con una línea «---», las claves («region: …», «red: …») y otra línea «---».",
                en: "The file has no front matter: it must start with a `---` line, the keys (`region: …`, `red: …`) and another `---` line."),
            hint: LocalizedText(
                es: "Vea el esqueleto que escribe «rme new <región>».",
                en: "See the skeleton written by `rme new <region>`."))
    }
}
