import Diagnostics

/// The words of a `LongWordFindings.Finding`, shared by the body's rule and the front matter's.
///
/// A warning is about the page (the run cannot fit a line of the booklet's narrow columns and runs into the
/// margin); an error about the PDF engine, which would take minutes to break the text into lines.
struct LongWordWording {
    let es: String
    let en: String
    let hintES: String
    let hintEN: String

    /// Characters of a run quoted in the message, so the writer can find it.
    static let excerptLength = 15

    /// The wording for `finding` in `text` (the visible text the runs' offsets point into), placed by `place`.
    init(_ finding: LongWordFindings.Finding, in text: String, place: (es: String, en: String), floor: Int) {
        let longest = finding.longest
        let quoted = Self.printable(String(text.dropFirst(longest.start).prefix(Self.excerptLength)))
        let what: (es: String, en: String)
        if finding.runs.count == 1 {
            what = ("hay una «palabra» de \(longest.length) caracteres sin espacios («\(quoted)…»)",
                    "there is a \"word\" of \(longest.length) characters without spaces (\"\(quoted)…\")")
        } else {
            what = ("hay \(finding.runs.count) «palabras» sin espacios de más de \(floor) caracteres, \(finding.total) en total (la más larga, de \(longest.length): «\(quoted)…»)",
                    "there are \(finding.runs.count) \"words\" without spaces longer than \(floor) characters, \(finding.total) in all (the longest, of \(longest.length): \"\(quoted)…\")")
        }
        switch finding.severity {
        case .error:
            es = "\(place.es) \(what.es); el máximo es \(finding.threshold): el programa que arma el PDF tardaría minutos en repartir este texto en líneas."
            en = "\(place.en) \(what.en); the maximum is \(finding.threshold): the PDF engine would take minutes to break this text into lines."
            hintES = "Suele ser texto pegado por error (una fila de guiones o barras, un enlace repetido): bórrelo o sepárelo con espacios."
            hintEN = "It is usually text pasted by mistake (a row of dashes or slashes, a repeated link): delete it or split it with spaces."
        case .warning:
            es = "\(place.es) \(what.es); se recomiendan hasta \(finding.threshold): no cabe en una línea de las columnas del cuadernillo y se sale del margen."
            en = "\(place.en) \(what.en); the recommended maximum is \(finding.threshold): it does not fit a line of the booklet's columns and runs into the margin."
            hintES = "Si es una dirección web, deje solo el sitio (www.ejemplo.cl); si no, sepárela con espacios."
            hintEN = "If it is a web address, keep only the site (www.example.cl); otherwise split it with spaces."
        }
    }

    /// The excerpt with invisible and control characters shown as U+FFFD, so the message prints as it reads.
    static func printable(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
                result.append("\u{FFFD}")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
