import Content
import Diagnostics

/// Reports a second experience for a region when the edition holds one per region, naming both files.
struct DuplicateRegionRule: EditionRule {
    func check(_ documents: [DocumentContext], _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard settings.schema.onePerRegion else { return }
        var first: [String: DocumentContext] = [:]
        for document in documents {
            guard let (spec, node) = document.namedRegion(settings.index.regions) else { continue }
            let name = spec.region.name
            guard let earlier = first[name] else {
                first[name] = document
                continue
            }
            diagnostics.append(document.diagnostic(
                "edition.duplicate-region", .error, at: node.range,
                es: "La región \(name) ya tiene su experiencia en «\(earlier.fileName)»; esta edición lleva una por región, y «\(document.fileName)» sería la segunda.",
                en: "Region \(name) already has its experience in `\(earlier.fileName)`; this edition holds one per region, and `\(document.fileName)` would be the second.",
                hintES: "Deje una sola experiencia de \(name), o corrija la región de uno de los dos archivos.",
                hintEN: "Keep a single experience for \(name), or correct the region of one of the two files."))
        }
    }
}
