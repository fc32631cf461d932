import Diagnostics

/// The message of a region name spelled otherwise than the schema's list (`RegionSpellings`), wherever it is found.
struct RegionSpellingWording {
    let es: String
    let en: String
    let hintES: String
    let hintEN: String

    /// The wording for one finding; `place` says where it is («En «establecimientos»: », or nothing for the body).
    init(_ finding: RegionSpellings.Finding, place: (es: String, en: String)? = nil) {
        let written = LongWordWording.printable(finding.written)
        let canonical = finding.canonical
        es = (place.map { "\($0.es): " } ?? "") + "«\(written)» se escribe «\(canonical)» (la forma de la lista de regiones del esquema)."
        en = (place.map { "\($0.en): " } ?? "") + "\"\(written)\" is spelled \"\(canonical)\" (the form in the schema's list of regions)."
        hintES = "Escriba «\(canonical)», letra por letra como la lista de regiones: así se imprime la región en la portada, el índice, las cabezas y el sitio. Si es otro nombre (una escuela, una calle), puede quedar así: es solo un aviso."
        hintEN = "Write \"\(canonical)\", letter for letter as the list of regions does: that is how the cover, contents, running heads and site print the region. If it is another name (a school, a street), it may stay: this is only a warning."
    }
}
