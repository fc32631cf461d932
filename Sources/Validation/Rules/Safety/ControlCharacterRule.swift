import Content
import Diagnostics

/// Control characters in the body (`ControlCharacters`): an error at the first one of each line, the character named.
///
/// The front matter's are the YAML rules' (`YAMLControlCharacterRule`), found before the YAML reader miscounts
/// lines on them; this rule looks only below it.
struct ControlCharacterRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let split = document.document.split else { return }
        let source = split.source
        let found = ControlCharacters.occurrences(in: source.bytes)
        guard !found.isEmpty else { return }
        let columns = ColumnConverter(source: source)
        var lastLine = 0
        for (offset, value) in found {
            let line = source.lineNumber(ofByteOffset: offset)
            guard line > split.bodyLineOffset, line != lastLine else { continue }
            lastLine = line
            let column = columns.characterColumn(line: line, byteColumn: offset - source.byteOffset(ofLine: line) + 1)
            let name = ControlCharacters.name(value)
            diagnostics.append(document.diagnostic(
                "safety.control-character", .error, at: SourceRange(SourceLocation(line: line, column: column)),
                es: "Carácter de control invisible \(name): no es texto (suele venir pegado de otro programa) y no puede llegar a una página.",
                en: "Invisible control character \(name): it is not text (it usually comes pasted from another program) and cannot reach a page.",
                hintES: "Borre el carácter: no se ve, así que borre y vuelva a escribir el texto alrededor de esta columna.",
                hintEN: "Delete the character: it is invisible, so delete and retype the text around this column."))
        }
    }
}
