import Diagnostics

/// Spanish for libyaml's English complaints, the common ones, with what to do about each.
///
/// Matched by substring because libyaml words them as fixed phrases; anything
/// not listed keeps libyaml's English in the Spanish message too.
enum YAMLSyntaxTranslation {
    /// One known complaint: the phrase libyaml uses, its Spanish, and a hint in both languages.
    private struct Entry {
        let phrase: String
        let spanish: String
        let hintES: String
        let hintEN: String
    }

    private static let entries: [Entry] = [
        Entry(phrase: "mapping values are not allowed",
              spanish: "hay un «:» donde no puede empezar otra clave (un valor que contiene «: » sin comillas, o una sangría de más)",
              hintES: "Si el valor contiene «: », escríbalo entre comillas; si no, revise la sangría de la línea.",
              hintEN: "If the value contains `: `, quote it; otherwise check the line's indentation."),
        Entry(phrase: "could not find expected ':'",
              spanish: "falta el «:» después de una clave (o un texto entre comillas se partió en varias líneas)",
              hintES: "Cada línea debe ser «clave: valor»; un texto largo va en una sola línea o entre comillas.",
              hintEN: "Each line must be `key: value`; a long text goes on one line or in quotes."),
        Entry(phrase: "did not find expected key",
              spanish: "se esperaba una clave y se encontró otra cosa: la sangría de esta línea no calza con las anteriores",
              hintES: "Alinee la línea con las demás claves o ítems del mismo grupo.",
              hintEN: "Align the line with the other keys or items of the same group."),
        Entry(phrase: "did not find expected '-' indicator",
              spanish: "se esperaba un ítem de lista «- »: la sangría de esta línea no calza con la lista",
              hintES: "Alinee los «- » de la lista en la misma columna.",
              hintEN: "Align the list's `- ` markers in the same column."),
        Entry(phrase: "block sequence entries are not allowed",
              spanish: "un ítem «- » está en un lugar donde no puede empezar una lista",
              hintES: "Ponga la lista en las líneas siguientes a «clave:», con dos espacios de sangría, o use [a, b].",
              hintEN: "Put the list on the lines after `key:`, indented two spaces, or use [a, b]."),
        Entry(phrase: "mapping keys are not allowed",
              spanish: "hay una clave en un lugar donde no puede ir",
              hintES: "Revise la sangría y los «?» de la línea.",
              hintEN: "Check the line's indentation and any `?`."),
        Entry(phrase: "did not find expected ',' or ']'",
              spanish: "una lista entre corchetes no se cierra con «]» o le falta una «,» entre sus elementos",
              hintES: "Cierre la lista con «]» en la misma línea y separe los elementos con comas; un elemento con «,» va entre comillas.",
              hintEN: "Close the list with `]` on the same line and separate items with commas; an item containing `,` goes in quotes."),
        Entry(phrase: "did not find expected ',' or '}'",
              spanish: "un grupo entre llaves no se cierra con «}» o le falta una «,»",
              hintES: "Cierre el grupo con «}» y separe sus claves con comas.",
              hintEN: "Close the group with `}` and separate its keys with commas."),
        Entry(phrase: "found unexpected end of stream",
              spanish: "el bloque termina antes de cerrar unas comillas, un corchete o una llave",
              hintES: "Cierre las comillas, «]» o «}» que abrió.",
              hintEN: "Close the quotes, `]` or `}` you opened."),
        Entry(phrase: "found character that cannot start any token",
              spanish: "un valor empieza con un carácter que YAML reserva (como «@», «`» o «%»)",
              hintES: "Ponga ese valor entre comillas.",
              hintEN: "Put that value in quotes."),
        Entry(phrase: "found unknown escape character",
              spanish: "entre comillas dobles hay una barra invertida «\\» que no forma un escape conocido",
              hintES: "Use comillas simples, o escriba «\\\\» para una barra.",
              hintEN: "Use single quotes, or write `\\\\` for a backslash."),
        Entry(phrase: "did not find expected node content",
              spanish: "falta un valor donde YAML lo esperaba",
              hintES: "Complete el valor o bórrelo junto con su clave.",
              hintEN: "Complete the value or delete it with its key."),
        Entry(phrase: "did not find expected comment or line break",
              spanish: "después de un texto entre comillas (o de un «|») sigue algo que no es el fin de la línea",
              hintES: "Ponga todo el valor dentro de las comillas.",
              hintEN: "Put the whole value inside the quotes."),
        Entry(phrase: "control characters are not allowed",
              spanish: "hay un carácter de control invisible (pegado de otro programa)",
              hintES: "Vuelva a escribir la línea a mano.",
              hintEN: "Retype the line by hand."),
        Entry(phrase: "found unexpected document indicator",
              spanish: "hay un «---» o «...» dentro de un texto entre comillas",
              hintES: "Cierre las comillas antes de la línea «---».",
              hintEN: "Close the quotes before the `---` line."),
        Entry(phrase: "tab character",
              spanish: "hay un tabulador donde YAML espera espacios",
              hintES: "Reemplace el tabulador por espacios.",
              hintEN: "Replace the tab with spaces."),
    ]

    /// The Spanish for a libyaml problem, when it is one of the common ones.
    static func spanish(for problem: String) -> String? {
        entry(for: problem)?.spanish
    }

    /// What to do about a libyaml problem, when it is one of the common ones.
    static func hint(for problem: String) -> LocalizedText? {
        entry(for: problem).map { LocalizedText(es: $0.hintES, en: $0.hintEN) }
    }

    private static func entry(for problem: String) -> Entry? {
        entries.first { problem.contains($0.phrase) }
    }
}
