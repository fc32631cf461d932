import Content
import Diagnostics

/// Reports a second experience for a region when the edition holds one per region, naming both files.
struct DuplicateRegionRule: EditionRule {
    func check(_ files: [EditionFacts], _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard settings.schema.onePerRegion else { return }
        var first: [String: EditionFacts] = [:]
        for document in files where document.kind == .experience {
            guard let name = document.namedRegion else { continue }
            guard let earlier = first[name] else {
                first[name] = document
                continue
            }
            diagnostics.append(document.diagnostic(
                "edition.duplicate-region", .error, at: document.namedRegionRange,
                es: "La región \(name) ya tiene su experiencia en «\(earlier.fileName)»; esta edición lleva una por región, y «\(document.fileName)» sería la segunda.",
                en: "Region \(name) already has its experience in `\(earlier.fileName)`; this edition holds one per region, and `\(document.fileName)` would be the second.",
                hintES: "Deje una sola experiencia de \(name), o corrija la región de uno de los dos archivos.",
                hintEN: "Keep a single experience for \(name), or correct the region of one of the two files."))
        }
    }
}
