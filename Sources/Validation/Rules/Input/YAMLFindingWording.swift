import Content
import Diagnostics

/// How a YAML finding reads in a diagnostic: code suffix, place, messages and hint in both languages.
///
/// Shared by the front-matter input rules and by the readers of `schema.yaml`
/// and `edition.yaml`, which prefix the code differently.
struct YAMLFindingWording {
    /// The code without its prefix: `anchor`, `duplicate-key`…
    let code: String
    let range: SourceRange?
    let message: LocalizedText
    let hint: LocalizedText?

    /// Words one finding; `block` names what holds the YAML ("el encabezado", "el archivo").
    init(_ finding: YAMLFinding, block: (es: String, en: String)) {
        switch finding {
        case .anchor(let location):
            code = "anchor"
            range = SourceRange(location)
            message = LocalizedText(
                es: "Se rechaza el ancla «&»: no hace falta en \(block.es) y, junto con los alias «*», permite multiplicar el texto hasta colgar el programa (la «bomba de alias»).",
                en: "Anchor `&` refused: \(block.en) does not need it, and with `*` aliases it can multiply the text until the program hangs (a \"billion laughs\" bomb).")
            hint = LocalizedText(es: "Escriba cada valor completo, sin «&nombre».", en: "Write each value in full, without `&name`.")
        case .alias(let location):
            code = "alias"
            range = SourceRange(location)
            message = LocalizedText(
                es: "Se rechaza el alias «*»: no hace falta en \(block.es) y permite multiplicar el texto hasta colgar el programa (la «bomba de alias»).",
                en: "Alias `*` refused: \(block.en) does not need it, and it can multiply the text until the program hangs (a \"billion laughs\" bomb).")
            hint = LocalizedText(
                es: "Copie el valor en vez de «*nombre»; si «*» es parte del texto, póngalo entre comillas.",
                en: "Copy the value instead of `*name`; if `*` is part of the text, quote it.")
        case .tag(let location):
            code = "tag"
            range = SourceRange(location)
            message = LocalizedText(
                es: "Se rechaza la etiqueta de tipo «!»: el esquema ya decide el tipo de cada clave, y en otros programas estas etiquetas crean objetos arbitrarios (no es seguro).",
                en: "Type tag `!` refused: the schema already decides each key's type, and elsewhere such tags build arbitrary objects (unsafe).")
            hint = LocalizedText(
                es: "Borre la etiqueta; si «!» es parte del texto, póngalo entre comillas.",
                en: "Remove the tag; if `!` is part of the text, quote it.")
        case .directive(let location):
            code = "directive"
            range = SourceRange(location)
            message = LocalizedText(
                es: "Se rechaza la directiva «%» (%YAML, %TAG): no hace falta en \(block.es) y cambia cómo se leen las etiquetas.",
                en: "Directive `%` (%YAML, %TAG) refused: \(block.en) does not need it and it changes how tags are read.")
            hint = LocalizedText(es: "Borre la línea que empieza con «%».", en: "Delete the line starting with `%`.")
        case .tab(let location):
            code = "tab"
            range = SourceRange(location)
            message = LocalizedText(
                es: "Hay un tabulador: YAML solo acepta espacios para sangrar y separar.",
                en: "There is a tab: YAML accepts only spaces for indentation and separation.")
            hint = LocalizedText(es: "Reemplace el tabulador por espacios.", en: "Replace the tab with spaces.")
        case .nonBreakingSpace(let location):
            code = "non-breaking-space"
            range = SourceRange(location)
            message = LocalizedText(
                es: "Hay un espacio duro (no separable, el que pega Word) donde YAML necesita un espacio normal: YAML no lo ve como separador, así que la clave no se separa de su valor y todo el bloque se lee como un solo texto.",
                en: "There is a non-breaking space (as pasted from Word) where YAML needs a plain space: YAML does not see it as a separator, so the key does not separate from its value and the whole block reads as one string.")
            hint = LocalizedText(es: "Bórrelo y escriba un espacio normal.", en: "Delete it and type a plain space.")
        case .tooDeep(let location):
            code = "too-deep"
            range = SourceRange(location)
            message = LocalizedText(
                es: "La sangría o el anidamiento es mucho más profundo de lo que \(block.es) necesita; no se lee.",
                en: "The indentation or nesting is far deeper than \(block.en) needs; it is not read.")
            hint = LocalizedText(
                es: "Las claves van al comienzo de la línea y los ítems de lista con dos espacios de sangría.",
                en: "Keys start at the beginning of the line and list items are indented two spaces.")
        case .duplicateKey(let key, let first, let second):
            code = "duplicate-key"
            if first == second {
                // The YAML reader names only the first occurrence of a repeat inside a nested group.
                range = SourceRange(first)
                message = LocalizedText(
                    es: "La clave «\(key)» se repite en este grupo; la primera está en la línea \(first.line).",
                    en: "Key `\(key)` is repeated in this mapping; the first is on line \(first.line).")
            } else {
                range = SourceRange(second)
                message = LocalizedText(
                    es: "La clave «\(key)» está dos veces: ya aparece en la línea \(first.line). Se lee solo la primera.",
                    en: "Key `\(key)` appears twice: it is already on line \(first.line). Only the first is read.")
            }
            hint = LocalizedText(
                es: "Deje una sola «\(key):» con el valor correcto.", en: "Keep a single `\(key):` with the right value.")
        case .syntax(let problem, let location):
            code = "syntax"
            range = SourceRange(location)
            let spanish = YAMLSyntaxTranslation.spanish(for: problem)
            message = LocalizedText(
                es: "YAML no pudo leer \(block.es): \(spanish ?? "error de sintaxis («\(problem)»)").",
                en: "YAML could not read \(block.en): \(problem).")
            hint = YAMLSyntaxTranslation.hint(for: problem)
        case .notAMapping(let location):
            code = "not-a-mapping"
            range = SourceRange(location)
            message = LocalizedText(
                es: "\(block.es.prefix(1).uppercased())\(block.es.dropFirst()) no es una lista de claves «clave: valor»: se leyó como un solo valor.",
                en: "\(block.en.prefix(1).uppercased())\(block.en.dropFirst()) is not a list of `key: value` pairs: it was read as a single value.")
            hint = LocalizedText(
                es: "Escriba cada clave al comienzo de su línea, seguida de «:» y un espacio normal (región: Tarapacá).",
                en: "Write each key at the start of its line, followed by `:` and a plain space (region: Tarapacá).")
        case .controlCharacter(let value, let location):
            code = "control-character"
            range = SourceRange(location)
            let name = ControlCharacters.name(value)
            message = LocalizedText(
                es: "Carácter de control invisible \(name) en \(block.es): no es texto (suele venir pegado de otro programa) y cambia cómo se cuentan las líneas.",
                en: "Invisible control character \(name) in \(block.en): it is not text (it usually comes pasted from another program) and it changes how lines are counted.")
            hint = LocalizedText(
                es: "Borre el carácter: no se ve, así que borre y vuelva a escribir el texto alrededor de esta columna.",
                en: "Delete the character: it is invisible, so delete and retype the text around this column.")
        case .escapedControlCharacter(let value, let location):
            code = "control-character"
            range = SourceRange(location)
            let name = ControlCharacters.name(value)
            message = LocalizedText(
                es: "Este valor produce el carácter de control \(name) (por una secuencia «\\» entre comillas dobles): no es texto y no puede llegar a una página.",
                en: "This value makes the control character \(name) (through a `\\` escape in double quotes): it is not text and cannot reach a page.")
            hint = LocalizedText(
                es: "Borre la secuencia «\\…» del valor; para una comilla o una barra use comillas simples.",
                en: "Remove the `\\…` escape from the value; for a quote or a backslash use single quotes.")
        }
    }
}
