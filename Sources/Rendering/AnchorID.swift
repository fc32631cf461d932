import Content
import Foundation

/// The stable `id`s of the booklet's parts, shared by the contents, the PDF bookmarks and later pages.
public enum AnchorID {
    static let cover = "portada"
    static let credits = "creditos"
    static let contents = "indice"
    static let acknowledgements = "agradecimientos"
    static let networks = "redes-por-anio"
    static let actors = "actores"
    static let principles = "principios"

    /// "experiencia-tarapaca": one per experience, from its file name so it stays put between editions.
    public static func chapter(_ experience: Experience) -> String {
        "experiencia-" + sanitized(experience.slug)
    }

    /// "pagina-que-es-una-rme".
    static func frontPage(_ slug: String) -> String {
        "pagina-" + sanitized(slug)
    }

    /// Lower-case ASCII letters, digits and single hyphens, so the id is a clean URL fragment whatever the file name.
    static func sanitized(_ text: String) -> String {
        // Most file names are already clean; Foundation's folding is slow enough to matter at 10,000 chapters.
        if isClean(text) { return text }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "es"))
        var result = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "x" : result.lowercased()
    }

    /// Lower-case ASCII letters and digits in hyphen-separated runs, neither starting nor ending with a hyphen.
    private static func isClean(_ text: String) -> Bool {
        var previousWasHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }
}
