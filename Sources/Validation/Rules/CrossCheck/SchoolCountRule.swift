import Content
import Diagnostics

/// The number of schools written in `Conformación` ("de 8 escuelas") against the names listed in `establecimientos`.
///
/// How the text is read: every number directly followed by a school noun
/// counts ("10 escuelas básicas y 3 liceos" is 13; "13 directores" is no
/// school), in digits or in words ("cuatro escuelas", "un establecimiento").
/// A school named on its own after the counted ones, reattached to "los
/// directores … de" by "y del" or "y de la" ("de 7 escuelas …: Larmahue, …
/// y del Liceo municipal Latinoamericano"), adds one: the writer counted the
/// schools and named the liceo apart, and the list rightly holds both.
///
/// Magallanes reads the same way: "18 escuelas de dependencia municipal: … y un
/// establecimiento particular subvencionado, el Colegio María Auxiliadora" is
/// 18 + 1 = 19, as many as its 19 names. The "18" qualifies only the municipal
/// schools, and the subsidised colegio is counted by its own "un"; counting it
/// a mismatch would warn about a sentence that is exact.
///
/// A text with no number ("de la escuela … y del Liceo …") is not checked.
/// The source booklet has real mismatches (Arica says 8 and names 11); they are
/// kept as transcribed, so this is a warning.
struct SchoolCountRule: DocumentRule {
    /// The front-matter key that lists the schools.
    static let key = "establecimientos"
    /// Nouns that name a school, in comparison form.
    static let schoolNouns: Set<String> = [
        "escuela", "escuelas", "liceo", "liceos", "colegio", "colegios", "establecimiento", "establecimientos",
        "jardin", "jardines", "centro", "centros", "instituto", "institutos",
    ]

    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let words = document.proseWords,
              let listNode = document.frontMatter?[Self.key], let names = listNode.sequence
        else { return }
        var counted: [(value: Int, first: ProseWords.Word, noun: ProseWords.Word)] = []
        var namedApart = 0
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : nil
            if let value = SpanishNumber.value(of: word.key), let next, Self.schoolNouns.contains(next.key) {
                counted.append((value, word, next))
            }
            if word.key == "y", namesSchoolApart(words[(index + 1)...]) { namedApart += 1 }
        }
        guard let first = counted.first, let last = counted.last else { return }
        let stated = counted.reduce(0) { $0 + $1.value } + namedApart
        guard stated != names.count else { return }

        let phrases = counted.map { "\($0.first.text) \($0.noun.text)" }
        let quoted = phrases.map { "«\($0)»" }.joined(separator: ", ")
        let quotedEN = phrases.map { "\"\($0)\"" }.joined(separator: ", ")
        let apart = namedApart == 0 ? (es: "", en: "")
            : (es: " más \(namedApart) nombrado\(namedApart == 1 ? "" : "s") aparte", en: " plus \(namedApart) named apart")
        let range = first.first.range.start.line == last.noun.range.end.line
            ? SourceRange(start: first.first.range.start, end: last.noun.range.end)
            : SourceRange(start: first.first.range.start, end: first.noun.range.end)
        let keyLine = document.frontMatterKeyLine(Self.key) ?? listNode.location.line
        diagnostics.append(document.diagnostic(
            "cross-check.school-count", .warning, at: range,
            es: "La conformación dice \(stated) establecimientos (\(quoted)\(apart.es)), pero '\(Self.key)' (línea \(keyLine)) nombra \(names.count).",
            en: "The Conformación text says \(stated) schools (\(quotedEN)\(apart.en)), but '\(Self.key)' (line \(keyLine)) lists \(names.count).",
            hintES: "Haga coincidir el número del texto con la lista; si la diferencia está en la fuente original, puede dejarla así.",
            hintEN: "Make the number in the text match the list; if the difference comes from the original source, it may stay."
        ))
    }

    /// Whether the words after a "y" name one more school on its own: "del Liceo …" or "de la Escuela …".
    private func namesSchoolApart(_ rest: ArraySlice<ProseWords.Word>) -> Bool {
        let words = Array(rest.prefix(3))
        if words.count >= 2, words[0].key == "del" {
            return Self.schoolNouns.contains(words[1].key) && words[1].isCapitalized
        }
        if words.count >= 3, words[0].key == "de", words[1].key == "la" {
            return Self.schoolNouns.contains(words[2].key) && words[2].isCapitalized
        }
        return false
    }
}
